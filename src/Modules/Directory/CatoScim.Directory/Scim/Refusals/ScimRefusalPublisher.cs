using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.Extensions.Logging;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>
/// Publishes the aggregated refusals of ended minutes as <see cref="ScimRequestsRefused"/>, one per directory, reason
/// and minute, through the Directory outbox. A minute is published <see cref="Grace"/> after it ended, so a request
/// that read the clock just before the minute turned is still in its tally.
/// </summary>
internal sealed class ScimRefusalPublisher(ScimRefusalAggregator aggregator, ILogger<ScimRefusalPublisher> logger)
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    private long _reportedDropped;

    /// <param name="all">At shutdown: the minute still running too.</param>
    public async Task PublishAsync(DirectoryDbContext db, DateTime now, bool all, CancellationToken ct)
    {
        var dropped = aggregator.Dropped;
        if (dropped > _reportedDropped)
        {
            logger.LogWarning("{Count} refused SCIM requests were not aggregated: more than {Max} directory, reason and minute tallies at once",
                dropped - _reportedDropped, ScimRefusalAggregator.MaxTallies);
            _reportedDropped = dropped;
        }

        var taken = aggregator.TakeEndedBy(all ? DateTime.MaxValue : now - Grace);
        if (taken.Count == 0)
        {
            return;
        }

        db.ChangeTracker.Clear();
        foreach (var (key, tally) in taken)
        {
            db.Publish(new ScimRequestsRefused(tally.AccountId, key.DirectoryId, key.Reason, tally.HttpStatus, tally.Count,
                tally.FirstAt, tally.LastAt, tally.LastRequestId, tally.LastAt), tally.LastAt);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            aggregator.Restore(taken);
            throw;
        }
    }
}

using CatoScim.Events.Persistence;
using CatoScim.Events.Timeline;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Provisioning;

/// <summary>Deletes events, digest and alert records past `Events:RetentionDays`, in batches so no transaction holds the table long.</summary>
internal sealed class ProvisioningEventsRetention(EventsDbContext db, IOptions<EventsOptions> options, TimeProvider time, ILogger<ProvisioningEventsRetention> logger)
{
    public const int BatchSize = 1000;

    private const string SqliteDelete = """
        DELETE FROM "Events_ProvisioningEvents"
        WHERE "Id" IN (SELECT "Id" FROM "Events_ProvisioningEvents" WHERE "Time" < {0} ORDER BY "Time" LIMIT {1})
        RETURNING "AccountId", "Time", "DirectoryId", "Action", "Operation";
        """;

    private const string SqlServerDelete = """
        DELETE FROM [events].[Events_ProvisioningEvents]
        OUTPUT DELETED.[AccountId], DELETED.[Time], DELETED.[DirectoryId], DELETED.[Action], DELETED.[Operation]
        WHERE [Id] IN (SELECT TOP ({1}) [Id] FROM [events].[Events_ProvisioningEvents] WHERE [Time] < {0} ORDER BY [Time]);
        """;

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var events = 0;
        int deleted;
        do
        {
            deleted = await DeleteBatchAsync(cutoff, ct);
            events += deleted;
        }
        while (deleted == BatchSize);

        var digests = await db.Digests.Where(d => d.WindowStart < cutoff).ExecuteDeleteAsync(ct);
        var alerts = await db.Alerts.Where(a => a.RaisedAt < cutoff).ExecuteDeleteAsync(ct);
        logger.LogInformation("Deleted {Events} provisioning events, {Digests} digest and {Alerts} alert records older than {Cutoff:o}",
            events, digests, alerts, cutoff);
        return events;
    }

    /// <summary>
    /// The counters come down by exactly the rows this statement deleted (RETURNING / OUTPUT), in its transaction: a
    /// second run deleting at the same time cannot make them count a row twice.
    /// </summary>
    private async Task<int> DeleteBatchAsync(DateTime cutoff, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sql = db.Database.UsesSqlServer() ? SqlServerDelete : SqliteDelete;
        var retired = await db.Database.SqlQueryRaw<RetiredEvent>(sql, cutoff, BatchSize).ToListAsync(ct);
        await HourlyCounter.ApplyAsync(db, retired.Select(r => new HourlyDelta(r.AccountId, HourlyDelta.HourOf(r.Time),
            r.DirectoryId ?? EventHourlyCount.NoDirectory, Enum.Parse<ProvisioningAction>(r.Action), r.Operation, -1)), ct);
        await transaction.CommitAsync(ct);
        return retired.Count;
    }
}

using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Audit;

/// <summary>Deletes audit records past `Events:AuditRetentionDays`, in batches so no transaction holds the table long.</summary>
internal sealed class AuditRetention(EventsDbContext db, IOptions<EventsOptions> options, TimeProvider time, ILogger<AuditRetention> logger)
{
    public const int BatchSize = 1000;

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.AuditRetentionDays));
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.AuditRecords.Where(r => r.OccurredAt < cutoff).OrderBy(r => r.OccurredAt).Take(BatchSize).ExecuteDeleteAsync(ct);
            total += deleted;
        }
        while (deleted == BatchSize);

        logger.LogInformation("Deleted {Records} audit records older than {Cutoff:o}", total, cutoff);
        return total;
    }
}

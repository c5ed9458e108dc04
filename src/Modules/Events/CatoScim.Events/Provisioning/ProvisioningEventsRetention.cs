using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Provisioning;

/// <summary>Deletes events, digest and alert records past `Events:RetentionDays`, in batches so no transaction holds the table long.</summary>
internal sealed class ProvisioningEventsRetention(EventsDbContext db, IOptions<EventsOptions> options, TimeProvider time, ILogger<ProvisioningEventsRetention> logger)
{
    public const int BatchSize = 1000;

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.RetentionDays));
        var events = 0;
        int deleted;
        do
        {
            deleted = await db.ProvisioningEvents.Where(e => e.Time < cutoff).OrderBy(e => e.Time).Take(BatchSize).ExecuteDeleteAsync(ct);
            events += deleted;
        }
        while (deleted == BatchSize);

        var digests = await db.Digests.Where(d => d.WindowStart < cutoff).ExecuteDeleteAsync(ct);
        var alerts = await db.Alerts.Where(a => a.RaisedAt < cutoff).ExecuteDeleteAsync(ct);
        logger.LogInformation("Deleted {Events} provisioning events, {Digests} digest and {Alerts} alert records older than {Cutoff:o}",
            events, digests, alerts, cutoff);
        return events;
    }
}

using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Enqueues again the alerts whose job never came (the host stopped between the commit and the enqueue) or died
/// mid-send. FAILED alerts are left to Hangfire's retries and the dashboard, so an old alert is not resent hours later.
/// </summary>
internal sealed class AlertSweep(EventsDbContext db, AlertQueue queue, IOptions<EventsOptions> options, TimeProvider time, ILogger<AlertSweep> logger)
{
    public async Task<int> RequeueAsync(CancellationToken ct)
    {
        var stale = time.GetUtcNow().UtcDateTime.AddMinutes(-Math.Max(1, options.Value.Alerts.StaleClaimMinutes));
        var lost = await db.Alerts.AsNoTracking()
            .Where(a => (a.Status == AlertStatus.Queued && a.QueuedAt < stale) || (a.Status == AlertStatus.Sending && a.ClaimedAt < stale))
            .OrderBy(a => a.QueuedAt).ToListAsync(ct);
        foreach (var alert in lost)
        {
            queue.Enqueue(alert);
        }

        if (lost.Count > 0)
        {
            logger.LogWarning("Enqueued {Count} alerts again whose job never ran or died mid-send", lost.Count);
        }

        return lost.Count;
    }
}

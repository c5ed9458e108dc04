using CatoScim.ModuleKit.Outbox;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Alerts;

/// <summary>Enqueues one Hangfire job per recorded alert, so each send shows on the dashboard and is retried there.</summary>
internal sealed class AlertQueue(IBackgroundJobClient jobs, ILogger<AlertQueue> logger)
{
    /// <summary>Only for an alert whose record is committed: the job reads it.</summary>
    public void Enqueue(AlertRecord alert)
    {
        var kind = AlertKindNames.Of(alert.Kind);
        try
        {
            jobs.Enqueue<AlertSendJob>(j => j.SendAsync(alert.Id, kind, CancellationToken.None));
        }
        catch (Exception ex)
        {
            // The record stays QUEUED; the hourly alerts scan enqueues it again, so a down job store delays the alert only.
            logger.LogWarning(ex, "Alert {AlertId} ({Kind}) is recorded but its job could not be enqueued", alert.Id, kind);
        }
    }

    /// <summary>From a notification consumer, after its SaveChanges: enqueued once the delivery's transaction commits.</summary>
    public void EnqueueAfterCommit(AlertRecord alert) => DeliveryBatch.AfterCommit(() => Enqueue(alert));
}

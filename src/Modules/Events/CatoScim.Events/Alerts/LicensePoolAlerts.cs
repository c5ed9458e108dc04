using CatoScim.Events.Persistence;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Inbox;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Licensing publishes LicensePoolExhausted once per episode (again only after a seat was free with nobody waiting), so
/// each message is one alert. Licensing publishes nothing when the pool has room again, so there is no recovery email.
/// </summary>
internal sealed class LicensePoolAlerts(EventsDbContext db, MessageContext message, AlertRaiser raiser, AlertQueue queue, TimeProvider time)
{
    public async ValueTask ExhaustedAsync(LicensePoolExhausted n, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, AlertNotificationsHandler.Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var text = AlertTexts.LicensePoolExhausted(await raiser.ConsoleAsync(n.AccountId, ct), await raiser.AccountNameAsync(n.AccountId, ct),
            n.Total, n.PendingUsers, n.OccurredAt);
        var alert = await raiser.RaiseAsync(n.AccountId, AlertKind.LicensePoolExhausted, $"LICENSE_POOL_EXHAUSTED:{n.AccountId}:{message.MessageId}",
            null, n.OccurredAt, text, ct);
        await db.SaveChangesAsync(ct);
        if (alert is not null)
        {
            queue.EnqueueAfterCommit(alert);
        }
    }
}

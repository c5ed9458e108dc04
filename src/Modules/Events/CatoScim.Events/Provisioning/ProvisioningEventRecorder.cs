using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Provisioning;

/// <summary>Records a provisioning notification as one history line, once per message (inbox): a redelivery changes nothing.</summary>
internal sealed class ProvisioningEventRecorder(EventsDbContext db, MessageContext message, TimeProvider time, ILogger<ProvisioningEventRecorder> logger)
{
    // The inbox keys rows by consumer name; this is the name of the handler class that recorded history before, so a
    // message handled before an upgrade is still recognised after it.
    private const string Consumer = "ProvisioningEventHandler";

    /// <summary>Licence notifications carry only the user id; the name comes from the user's latest history line.</summary>
    public async ValueTask RecordLicenseAsync(Guid accountId, Guid userId, Func<Guid, string, ProvisioningEvent> map, CancellationToken ct)
    {
        var name = await db.ProvisioningEvents.Where(e => e.AccountId == accountId && e.ResourceId == userId && e.ResourceType == ProvisioningResourceTypes.User)
            .OrderByDescending(e => e.Time).Select(e => e.DisplayName).FirstOrDefaultAsync(ct);
        await RecordAsync(messageId => map(messageId, name ?? userId.ToString()), ct);
    }

    public async ValueTask RecordAsync(Func<Guid, ProvisioningEvent> map, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        ProvisioningEvent? entry = null;
        try
        {
            entry = map(message.MessageId);
        }
        catch (Exception ex) when (ex is ArgumentException or NullReferenceException or InvalidOperationException)
        {
            // A malformed notification must not block the outbox behind it: log it and mark it handled.
            logger.LogWarning(ex, "Skipped malformed provisioning notification {MessageId}", message.MessageId);
        }

        if (entry is { AccountId: var account } && account == Guid.Empty)
        {
            logger.LogWarning("Skipped provisioning notification {MessageId} without an account", message.MessageId);
            entry = null;
        }

        if (entry is not null)
        {
            db.ProvisioningEvents.Add(entry);
        }

        await DeliveryBatch.SaveChangesAsync(db, ct);
    }
}

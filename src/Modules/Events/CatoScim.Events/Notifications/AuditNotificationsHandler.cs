using CatoScim.Events.Audit;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Notifications;

/// <summary>
/// Admin changes of every module that has an outbox (Directory, Licensing): Mediator routes a notification by its
/// type, so this one handler receives AdminChangeAudited from whichever module's dispatcher delivers it. Once per
/// message (inbox): a redelivery adds no second record.
/// </summary>
internal sealed class AuditNotificationsHandler(EventsDbContext db, MessageContext message, TimeProvider time, ILogger<AuditNotificationsHandler> logger)
    : INotificationHandler<AdminChangeAudited>
{
    private const string Consumer = "AuditTrail";

    public async ValueTask Handle(AdminChangeAudited notification, CancellationToken cancellationToken)
    {
        if (!await db.TryBeginHandlingAsync(message, Consumer, time.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return;
        }

        try
        {
            AuditTrail.Record(db, notification);
        }
        catch (ArgumentException ex)
        {
            // Only a publisher bug makes one; retrying cannot mend it, and it must not hold up the outbox behind it.
            logger.LogError(ex, "Skipped malformed audit notification {MessageId}", message.MessageId);
        }

        await DeliveryBatch.SaveChangesAsync(db, cancellationToken);
    }
}

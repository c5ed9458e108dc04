using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Queues the notification in this context; it is written by the same SaveChanges as the change.</summary>
    public static void Publish(this DbContext db, INotification notification, DateTime occurredAt) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.Create(notification, occurredAt));
}

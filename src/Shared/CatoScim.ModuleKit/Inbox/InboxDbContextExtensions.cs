using System.Collections.Concurrent;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Inbox;

public static class InboxDbContextExtensions
{
    // Asked once per consumer per message, so compiled; one per context type, as each has its own model and tables.
    private static readonly ConcurrentDictionary<Type, Func<DbContext, Guid, string, CancellationToken, Task<bool>>> SeenQueries = new();

    /// <summary>
    /// False when this consumer already handled the message (a redelivery). Otherwise stages the inbox row so the
    /// handler's SaveChanges commits it with its own writes; two racing deliveries collide on the primary key.
    /// </summary>
    public static async Task<bool> TryBeginHandlingAsync(this DbContext db, MessageContext message, string consumer, DateTime now, CancellationToken ct)
    {
        if (message.MessageId == Guid.Empty)
        {
            throw new InvalidOperationException("Notifications are consumed only through the outbox dispatcher.");
        }

        var seen = await (DeliveryBatch.Current?.Inbox.HandledAsync(db, message.MessageId, consumer, ct) ?? Task.FromResult<bool?>(null))
            ?? await SeenQueries.GetOrAdd(db.GetType(), static _ => EF.CompileAsyncQuery(
                (DbContext c, Guid id, string name, CancellationToken _) => c.Set<ProcessedMessage>().Any(m => m.MessageId == id && m.Consumer == name)))(db, message.MessageId, consumer, ct);
        if (seen)
        {
            return false;
        }

        db.Set<ProcessedMessage>().Add(new ProcessedMessage { MessageId = message.MessageId, Consumer = consumer, ProcessedAt = now });
        return true;
    }
}

using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Inbox;

public static class InboxDbContextExtensions
{
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

        var seen = await db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == message.MessageId && m.Consumer == consumer, ct);
        if (seen)
        {
            return false;
        }

        db.Set<ProcessedMessage>().Add(new ProcessedMessage { MessageId = message.MessageId, Consumer = consumer, ProcessedAt = now });
        return true;
    }
}

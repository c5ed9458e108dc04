using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Inbox;

/// <summary>
/// The inbox as one outbox run sees it: which of the run's messages each consumer already handled, read with one
/// query per consumer and run instead of one per message (the per-message check was 8% of the Licensing consumer).
/// Only rows committed before the run count; a racing delivery of the same message still collides on the primary key.
/// </summary>
internal sealed class InboxRunCache(IReadOnlyCollection<Guid> messageIds)
{
    private readonly HashSet<Guid> _messageIds = [.. messageIds];
    private readonly Dictionary<(DbContext Context, string Consumer), HashSet<Guid>> _handled = [];

    /// <summary>
    /// True when the consumer handled `messageId` before, or already in this run (the caller stages its inbox row on
    /// false); null when it is not one of the run's messages, so the caller asks the database itself.
    /// </summary>
    public async Task<bool?> HandledAsync(DbContext db, Guid messageId, string consumer, CancellationToken ct)
    {
        if (!_messageIds.Contains(messageId))
        {
            return null;
        }

        if (!_handled.TryGetValue((db, consumer), out var handled))
        {
            var ids = _messageIds.ToList();
            handled = [.. await db.Set<ProcessedMessage>().AsNoTracking()
                .Where(m => m.Consumer == consumer && ids.Contains(m.MessageId))
                .Select(m => m.MessageId)
                .ToListAsync(ct)];
            _handled[(db, consumer)] = handled;
        }

        return !handled.Add(messageId);
    }
}

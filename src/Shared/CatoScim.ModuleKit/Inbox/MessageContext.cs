namespace CatoScim.ModuleKit.Inbox;

/// <summary>
/// Scoped: the outbox message being delivered in this scope. Notifications stay plain records in Contracts,
/// so the delivery id travels beside them rather than inside them.
/// </summary>
public sealed class MessageContext
{
    public Guid MessageId { get; private set; }
    public DateTime OccurredAt { get; private set; }

    public void Set(Guid messageId, DateTime occurredAt)
    {
        MessageId = messageId;
        OccurredAt = occurredAt;
    }
}

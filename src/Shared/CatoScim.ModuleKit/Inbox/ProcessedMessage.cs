namespace CatoScim.ModuleKit.Inbox;

/// <summary>Records that a consumer handled a message, in the same transaction as the handler's own writes.</summary>
public sealed class ProcessedMessage
{
    public Guid MessageId { get; init; }
    public string Consumer { get; init; } = "";
    public DateTime ProcessedAt { get; init; }
}

using System.Text.Json;
using Mediator;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>A notification written in the same transaction as the change it reports; `Sequence` is commit order.</summary>
public sealed class OutboxMessage
{
    /// <summary>Width of <see cref="LastError"/>, shared by the model and the dispatcher that clips the error to fit.</summary>
    public const int LastErrorMax = 2000;

    public long Sequence { get; private set; }
    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTime OccurredAt { get; private set; }
    public DateTime? DeliveredAt { get; internal set; }
    public DateTime? DeadLetteredAt { get; internal set; }
    public int Attempts { get; internal set; }
    public DateTime? NextAttemptAt { get; internal set; }
    public string? LastError { get; internal set; }

    public static OutboxMessage Create(INotification notification, DateTime occurredAt)
    {
        var type = notification.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(notification, type, OutboxJson.Options),
            OccurredAt = occurredAt,
        };
    }
}

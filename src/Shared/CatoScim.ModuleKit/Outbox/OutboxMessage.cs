using System.Text.Json;
using Mediator;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>A notification written in the same transaction as the change it reports; `Sequence` is commit order.</summary>
public sealed class OutboxMessage
{
    /// <summary>Width of <see cref="LastError"/>, shared by the model and the dispatcher that clips the error to fit.</summary>
    public const int LastErrorMax = 2000;

    /// <summary>A W3C `traceparent` of version 00 is 55 characters: 00-{32 hex trace id}-{16 hex span id}-{2 hex flags}.</summary>
    public const int TraceParentMax = 55;

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

    /// <summary>The request that wrote the notification, so its delivery span can link to it; null while tracing is off.</summary>
    public string? TraceParent { get; private set; }

    public static OutboxMessage Create(INotification notification, DateTime occurredAt)
    {
        var type = notification.GetType();
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(notification, type, OutboxJson.Options),
            OccurredAt = occurredAt,
            TraceParent = OutboxTracing.CurrentTraceParent(),
        };
    }

    /// <summary>Stored as "Namespace.Type, Assembly"; ops need the notification's name only.</summary>
    public static string ShortTypeName(string type)
    {
        var name = type.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}

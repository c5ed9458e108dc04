namespace CatoScim.ModuleKit.Outbox;

/// <summary>A dead-lettered outbox row as ops see it; `Type` is the notification's short name, never its payload.</summary>
public sealed record OutboxDeadLetter(
    string Module,
    Guid Id,
    string Type,
    DateTime OccurredAt,
    DateTime DeadLetteredAt,
    int Attempts,
    string? LastError);

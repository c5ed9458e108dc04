namespace CatoScim.ModuleKit.Outbox;

/// <summary>One module's undelivered notifications; `OldestPendingAt` is null when none waits.</summary>
public sealed record OutboxBacklog(string Module, int Pending, int DeadLettered, DateTime? OldestPendingAt);

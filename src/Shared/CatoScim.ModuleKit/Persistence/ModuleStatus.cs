namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// One module's database as an operator sees it. The outbox counts are null while the module's tables do not
/// exist yet (no migration applied).
/// </summary>
public sealed record ModuleStatus(
    string Module,
    IReadOnlyList<string> AppliedMigrations,
    IReadOnlyList<string> PendingMigrations,
    int? OutboxPending,
    int? OutboxDeadLettered);

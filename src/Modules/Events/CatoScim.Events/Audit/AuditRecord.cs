namespace CatoScim.Events.Audit;

/// <summary>One admin change: who, what, when and from where. Field names only, never values, so no secret is kept.</summary>
internal sealed class AuditRecord
{
    // Column widths, shared by the model and AuditTrail, which clips what a notification carries to fit.
    public const int ActorMax = 100;
    public const int ApiKeyPrefixMax = 32;
    public const int ActionMax = 64;
    public const int TargetTypeMax = 32;
    public const int TargetIdMax = 100;
    public const int FieldMax = 100;
    public const int ClientAddressMax = 64;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public DateTime OccurredAt { get; init; }
    public string Actor { get; init; } = "";
    public Guid? ApiKeyId { get; init; }
    public string? ApiKeyPrefix { get; init; }
    public string Action { get; init; } = "";
    public string TargetType { get; init; } = "";
    public string? TargetId { get; init; }
    public List<string> ChangedFields { get; init; } = [];
    public string? ClientAddress { get; init; }
}

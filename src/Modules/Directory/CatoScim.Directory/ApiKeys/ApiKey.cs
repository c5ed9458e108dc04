using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKey
{
    /// <summary>Width of <see cref="Name"/>, shared by the model and the issuer's check.</summary>
    public const int NameMaxLength = 200;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public string Name { get; init; } = "";
    public string Prefix { get; init; } = "";
    public byte[] SecretHash { get; init; } = [];
    public AdminRole Role { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>The key's own last change: its revocation; until then its creation.</summary>
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? ExpiresAt { get; init; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}

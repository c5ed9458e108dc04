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
    public DateTime? ExpiresAt { get; init; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

namespace CatoScim.Directory.ScimDirectories.Tokens;

/// <summary>A directory's bearer token; only its SHA-256 is stored. Two may be active at once, for rotation.</summary>
internal sealed class ScimToken
{
    public const int MaxActivePerDirectory = 2;
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Guid DirectoryId { get; init; }
    public string? Name { get; init; }
    public string Prefix { get; init; } = "";
    public byte[] SecretHash { get; init; } = [];
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>The token's own last change: its revocation, or the rotation that shortened its expiry; until then its creation.</summary>
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? ExpiresAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}

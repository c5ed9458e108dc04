namespace CatoScim.Events.Alerts;

/// <summary>A live SCIM token, as far as Events knows: added when issued, removed when revoked or its directory is deleted.</summary>
internal sealed class TokenCopy
{
    public const int PrefixMax = 40;

    public Guid TokenId { get; init; }
    public Guid AccountId { get; init; }
    public Guid DirectoryId { get; init; }
    public string Prefix { get; init; } = "";
    public DateTime? ExpiresAt { get; init; }

    /// <summary>The hour of the last expiry warning; the next one is due a full day later.</summary>
    public DateTime? LastWarnedAt { get; set; }
}

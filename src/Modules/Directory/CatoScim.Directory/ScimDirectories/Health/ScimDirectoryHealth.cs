namespace CatoScim.Directory.ScimDirectories.Health;

/// <summary>
/// A directory's health as the flush last wrote it. Several hosts may flush into one row, so every column is merged
/// (latest time wins), never overwritten with one host's view.
/// </summary>
internal sealed class ScimDirectoryHealth
{
    public const int StatusMax = 16;
    public const int ReasonMax = 32;

    public Guid DirectoryId { get; init; }
    public Guid AccountId { get; init; }
    public string Status { get; set; } = "";
    public DateTime StatusChangedAt { get; set; }

    /// <summary>When the directory last left FAILING; failures before it no longer count as DEGRADED.</summary>
    public DateTime? RecoveredAt { get; set; }

    public DateTime? LastRequestAt { get; set; }
    public DateTime? LastAuthenticatedAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastFailureAt { get; set; }
    public string? LastFailureReason { get; set; }
}

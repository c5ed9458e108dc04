using CatoScim.Directory.Contracts.Groups;

namespace CatoScim.Directory.Groups;

/// <summary>
/// A group of users of an account. `DisplayNameNormalized` (upper invariant) carries the per-account uniqueness.
/// `MemberCount` moves in the same transaction as the member rows, so listing groups never counts rows.
/// </summary>
internal sealed class Group
{
    public const int DisplayNameMax = 256;
    public const int ExternalIdMax = 256;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Guid? DirectoryId { get; set; }
    public GroupOrigin Origin { get; set; }
    public string DisplayName { get; private set; } = "";
    public string DisplayNameNormalized { get; private set; } = "";
    public string? ExternalId { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; } = 1;
    public int MemberCount { get; set; }

    /// <summary>Only for SCIM filters (`members[value eq "…"]` becomes EXISTS); never loaded.</summary>
    public ICollection<GroupMember> Members { get; init; } = [];

    public void Rename(string displayName)
    {
        DisplayName = displayName;
        DisplayNameNormalized = Normalize(displayName);
    }

    public static string Normalize(string displayName) => displayName.ToUpperInvariant();

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }

    public GroupRef ToRef() => new(AccountId, Id, DisplayName, ExternalId, DirectoryId, Origin.Name());
}

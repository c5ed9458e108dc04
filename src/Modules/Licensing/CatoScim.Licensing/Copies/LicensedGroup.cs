namespace CatoScim.Licensing.Copies;

/// <summary>A group Licensing knows exists, so a GROUP rule can be validated without reading Directory's tables.</summary>
internal sealed class LicensedGroup
{
    public Guid GroupId { get; init; }
    public Guid AccountId { get; init; }
    public string DisplayName { get; set; } = "";

    /// <summary>Set when the group was deleted but an orphaned GROUP rule still names it: the copy keeps the name to show.</summary>
    public DateTime? DeletedAt { get; set; }
}

namespace CatoScim.Licensing.Copies;

/// <summary>A group Licensing knows exists, so a GROUP rule can be validated without reading Directory's tables.</summary>
internal sealed class LicensedGroup
{
    public Guid GroupId { get; init; }
    public Guid AccountId { get; init; }
    public string DisplayName { get; set; } = "";
}

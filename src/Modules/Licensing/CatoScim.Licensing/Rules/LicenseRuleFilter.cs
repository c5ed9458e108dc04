namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleFilter
{
    public List<LicenseRuleKind>? Kinds { get; set; }
    public string? UserId { get; set; }
    public string? GroupId { get; set; }
    public bool? Orphaned { get; set; }
}

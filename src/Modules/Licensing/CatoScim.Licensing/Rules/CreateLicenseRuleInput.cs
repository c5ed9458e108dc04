namespace CatoScim.Licensing.Rules;

internal sealed class CreateLicenseRuleInput
{
    public LicenseRuleKind Kind { get; set; }
    public string? UserId { get; set; }
    public string? GroupId { get; set; }
}

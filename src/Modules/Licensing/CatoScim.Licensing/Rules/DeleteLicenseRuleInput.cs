namespace CatoScim.Licensing.Rules;

internal sealed class DeleteLicenseRuleInput
{
    public string RuleId { get; set; } = "";
}

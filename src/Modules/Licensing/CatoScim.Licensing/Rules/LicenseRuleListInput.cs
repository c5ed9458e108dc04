using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleListInput
{
    public LicenseRuleFilter? Filter { get; set; }
    public PagingInput? Paging { get; set; }
}

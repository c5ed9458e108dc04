using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleListInput
{
    public PagingInput? Paging { get; set; }
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRulesInputType : InputObjectGraphType<LicenseRuleListInput>
{
    public LicenseRulesInputType()
    {
        Name = "LicenseRulesInput";
        Field<LicenseRuleFilterInputType>("filter");
        Field<PagingInputType>("paging");
    }
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRulePageGraphType : ObjectGraphType<LicenseRulePage>
{
    public LicenseRulePageGraphType()
    {
        Name = "LicenseRulePage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LicenseRuleGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}

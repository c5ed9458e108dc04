using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class RuleGroupGraphType : ObjectGraphType<RuleGroup>
{
    public RuleGroupGraphType()
    {
        Name = "LicenseRuleGroup";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Name);
    }
}

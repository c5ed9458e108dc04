using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class RuleUserGraphType : ObjectGraphType<RuleUser>
{
    public RuleUserGraphType()
    {
        Name = "LicenseRuleUser";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(ctx => ctx.Source.UserName);
    }
}

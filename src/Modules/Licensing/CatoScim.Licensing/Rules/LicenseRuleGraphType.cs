using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRuleGraphType : ObjectGraphType<LicenseRule>
{
    public LicenseRuleGraphType()
    {
        Name = "LicenseRule";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<EnumerationGraphType<LicenseRuleKind>>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<IdGraphType>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<IdGraphType>("groupId").Resolve(ctx => ctx.Source.GroupId);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
    }
}

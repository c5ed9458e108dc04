using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRulePayloadType : ObjectGraphType<LicenseRule>
{
    public LicenseRulePayloadType()
    {
        Name = "LicenseRulePayload";
        Field<NonNullGraphType<LicenseRuleGraphType>>("rule").Resolve(ctx => ctx.Source);
    }
}

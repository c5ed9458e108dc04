using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class CreateLicenseRulePayloadType : ObjectGraphType<LicenseRule>
{
    public CreateLicenseRulePayloadType()
    {
        Name = "CreateLicenseRulePayload";
        Field<NonNullGraphType<LicenseRuleGraphType>>("licenseRule").Resolve(ctx => ctx.Source);
        // Other tools select `rule { id kind }` here; the old name keeps working for them.
        Field<NonNullGraphType<LicenseRuleGraphType>>("rule").DeprecationReason("Use licenseRule.").Resolve(ctx => ctx.Source);
    }
}

using GraphQL.Types;

namespace CatoScim.Licensing.Rules;

internal sealed class DeleteLicenseRulePayloadType : ObjectGraphType<LicenseRule>
{
    public DeleteLicenseRulePayloadType()
    {
        Name = "DeleteLicenseRulePayload";
        Field<NonNullGraphType<LicenseRuleGraphType>>("licenseRule").Resolve(ctx => ctx.Source);
        // The old name, kept as on CreateLicenseRulePayload (where other tools select it) so the two read alike.
        Field<NonNullGraphType<LicenseRuleGraphType>>("rule").DeprecationReason("Use licenseRule.").Resolve(ctx => ctx.Source);
    }
}

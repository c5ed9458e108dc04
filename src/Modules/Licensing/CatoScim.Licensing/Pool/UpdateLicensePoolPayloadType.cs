using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

internal sealed class UpdateLicensePoolPayloadType : ObjectGraphType<LicensePool>
{
    public UpdateLicensePoolPayloadType()
    {
        Name = "UpdateLicensePoolPayload";
        Field<NonNullGraphType<LicensePoolGraphType>>("licensePool").Resolve(ctx => ctx.Source);
        // The name before the payloads carried their object under its type's name; kept for existing clients.
        Field<NonNullGraphType<LicensePoolGraphType>>("pool").DeprecationReason("Use licensePool.").Resolve(ctx => ctx.Source);
    }
}

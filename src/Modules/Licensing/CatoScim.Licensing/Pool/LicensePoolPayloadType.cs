using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

internal sealed class LicensePoolPayloadType : ObjectGraphType<LicensePool>
{
    public LicensePoolPayloadType()
    {
        Name = "LicensePoolPayload";
        Field<NonNullGraphType<LicensePoolGraphType>>("pool").Resolve(ctx => ctx.Source);
    }
}

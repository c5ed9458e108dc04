using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RevokeScimTokenPayloadType : ObjectGraphType<ScimToken>
{
    public RevokeScimTokenPayloadType()
    {
        Name = "RevokeScimTokenPayload";
        Field<NonNullGraphType<ScimTokenGraphType>>("scimToken").Resolve(ctx => ctx.Source);
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RevokeScimTokenPayloadType : ObjectGraphType<ScimToken>
{
    public RevokeScimTokenPayloadType()
    {
        Name = "RevokeScimTokenPayload";
        Field<NonNullGraphType<ScimTokenGraphType>>("info").Resolve(ctx => ctx.Source);
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class CreateScimTokenPayloadType : ObjectGraphType<IssuedScimToken>
{
    public CreateScimTokenPayloadType()
    {
        Name = "CreateScimTokenPayload";
        Field(p => p.Token).Description("The bearer secret for the IdP; shown only in this response.");
        Field<NonNullGraphType<ScimTokenGraphType>>("scimToken").Resolve(ctx => ctx.Source.Info);
    }
}

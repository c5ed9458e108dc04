using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RotateScimTokenPayloadType : ObjectGraphType<ScimTokenRotation>
{
    public RotateScimTokenPayloadType()
    {
        Name = "RotateScimTokenPayload";
        Field<NonNullGraphType<StringGraphType>>("token")
            .Description("The new bearer secret for the IdP; shown only in this response.")
            .Resolve(ctx => ctx.Source.Issued.Token);
        Field<NonNullGraphType<ScimTokenGraphType>>("scimToken").Description("The new token.").Resolve(ctx => ctx.Source.Issued.Info);
        Field<NonNullGraphType<ScimTokenGraphType>>("replacedScimToken").Description("The old token, with its expiry at the end of the grace.").Resolve(ctx => ctx.Source.Replaced);
    }
}

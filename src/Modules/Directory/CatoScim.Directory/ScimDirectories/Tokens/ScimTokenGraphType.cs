using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class ScimTokenGraphType : ObjectGraphType<ScimToken>
{
    public ScimTokenGraphType()
    {
        Name = "ScimToken";
        Description = "A directory's bearer token, as metadata: the secret is never readable again.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Prefix).Description("The first characters of the token, to tell tokens apart.");
        Field(t => t.CreatedAt);
        Field(t => t.LastUsedAt, nullable: true);
        Field(t => t.ExpiresAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(ctx => ctx.Source.RevokedAt is not null);
        Field(t => t.RevokedAt, nullable: true);
    }
}

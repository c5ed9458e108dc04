using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class ScimTokenGraphType : ObjectGraphType<ScimToken>
{
    public const int ExpiresSoonDays = 7;

    public ScimTokenGraphType()
    {
        Name = "ScimToken";
        Description = "A directory's bearer token, as metadata: the secret is never readable again.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Prefix).Description("The first characters of the token, to tell tokens apart.");
        Field(t => t.Name, nullable: true);
        Field<NonNullGraphType<AuditType>>("audit")
            .Description("Created by the API key that issued the token; updated by its revocation, or by the rotation that shortened its expiry.")
            .Resolve(ctx => new Audit(ctx.Source.CreatedAt, ctx.Source.CreatedBy, ctx.Source.UpdatedAt, ctx.Source.UpdatedBy));
        Field(t => t.LastUsedAt, nullable: true)
            .Description("When the token last authenticated a request; written with the health flush (Scim:Health:FlushInterval, 15 s), so up to that much behind.");
        Field(t => t.ExpiresAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("expiresSoon")
            .Description($"Active and expiring within {ExpiresSoonDays} days: create the next token and switch the IdP to it.")
            .Resolve(ctx =>
            {
                var now = ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return ctx.Source.IsActive(now) && ctx.Source.ExpiresAt <= now.AddDays(ExpiresSoonDays);
            });
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(ctx => ctx.Source.RevokedAt is not null);
        Field(t => t.RevokedAt, nullable: true);
    }
}

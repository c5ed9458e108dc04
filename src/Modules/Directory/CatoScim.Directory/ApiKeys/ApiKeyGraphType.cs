using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Field(k => k.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(k => k.Name);
        Field(k => k.Prefix).Description("The first characters of the key, to tell keys apart.");
        Field<NonNullGraphType<EnumerationGraphType<AdminRole>>>("role").Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<AuditType>>("audit")
            .Description("Updated by the key's revocation.")
            .Resolve(ctx => new Audit(ctx.Source.CreatedAt, ctx.Source.CreatedBy, ctx.Source.UpdatedAt, ctx.Source.UpdatedBy));
        Field(k => k.ExpiresAt, nullable: true);
        Field(k => k.LastUsedAt, nullable: true);
        Field(k => k.RevokedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(ctx => ctx.Source.RevokedAt is not null);
    }
}

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
        Field(k => k.CreatedAt);
        Field(k => k.CreatedBy);
        Field(k => k.ExpiresAt, nullable: true);
        Field(k => k.LastUsedAt, nullable: true);
        Field(k => k.RevokedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("revoked").Resolve(ctx => ctx.Source.RevokedAt is not null);
    }
}

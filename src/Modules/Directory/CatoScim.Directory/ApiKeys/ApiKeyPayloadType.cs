using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyPayloadType : ObjectGraphType<ApiKey>
{
    public ApiKeyPayloadType()
    {
        Name = "RevokeApiKeyPayload";
        Field<NonNullGraphType<ApiKeyGraphType>>("info").Resolve(ctx => ctx.Source);
    }
}

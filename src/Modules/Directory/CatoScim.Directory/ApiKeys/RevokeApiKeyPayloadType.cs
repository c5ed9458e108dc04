using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class RevokeApiKeyPayloadType : ObjectGraphType<ApiKey>
{
    public RevokeApiKeyPayloadType()
    {
        Name = "RevokeApiKeyPayload";
        Field<NonNullGraphType<ApiKeyGraphType>>("apiKey").Resolve(ctx => ctx.Source);
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class CreateApiKeyPayloadType : ObjectGraphType<CreateApiKeyPayload>
{
    public CreateApiKeyPayloadType()
    {
        Name = "CreateApiKeyPayload";
        Field(p => p.Key).Description("The secret; shown only in this response.");
        Field<NonNullGraphType<ApiKeyGraphType>>("apiKey").Resolve(ctx => ctx.Source.ApiKey);
    }
}

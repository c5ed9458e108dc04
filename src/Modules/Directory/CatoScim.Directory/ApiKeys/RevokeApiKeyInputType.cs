using GraphQL.Types;

namespace CatoScim.Directory.ApiKeys;

internal sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Field<NonNullGraphType<IdGraphType>>("keyId");
    }
}

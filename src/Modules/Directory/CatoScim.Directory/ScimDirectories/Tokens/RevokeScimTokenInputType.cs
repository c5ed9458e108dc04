using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RevokeScimTokenInputType : InputObjectGraphType<RevokeScimTokenInput>
{
    public RevokeScimTokenInputType()
    {
        Name = "RevokeScimTokenInput";
        Field<NonNullGraphType<IdGraphType>>("tokenId");
    }
}

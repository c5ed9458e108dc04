using GraphQL.Types;

namespace CatoScim.Directory.Scim.Directories;

internal sealed class CreateScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public CreateScimDirectoryPayloadType()
    {
        Name = "CreateScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").Resolve(ctx => ctx.Source);
    }
}

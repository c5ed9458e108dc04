using GraphQL.Types;

namespace CatoScim.Directory.Scim.Directories;

internal sealed class DeleteScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public DeleteScimDirectoryPayloadType()
    {
        Name = "DeleteScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").Resolve(ctx => ctx.Source);
    }
}

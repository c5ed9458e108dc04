using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class DeleteScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public DeleteScimDirectoryPayloadType()
    {
        Name = "DeleteScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").Resolve(ctx => ctx.Source);
    }
}

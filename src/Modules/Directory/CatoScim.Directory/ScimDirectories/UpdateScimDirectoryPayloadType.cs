using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class UpdateScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public UpdateScimDirectoryPayloadType()
    {
        Name = "UpdateScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").Resolve(ctx => ctx.Source);
    }
}

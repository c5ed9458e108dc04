using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class CreateScimDirectoryPayloadType : ObjectGraphType<ScimDirectoryView>
{
    public CreateScimDirectoryPayloadType()
    {
        Name = "CreateScimDirectoryPayload";
        Field<NonNullGraphType<ScimDirectoryGraphType>>("directory").Resolve(ctx => ctx.Source);
    }
}

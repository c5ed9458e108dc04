using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class DeleteScimDirectoryInputType : InputObjectGraphType<DeleteScimDirectoryInput>
{
    public DeleteScimDirectoryInputType()
    {
        Name = "DeleteScimDirectoryInput";
        Field<NonNullGraphType<IdGraphType>>("directoryId");
    }
}

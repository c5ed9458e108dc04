using GraphQL.Types;

namespace CatoScim.Directory.Scim.Directories;

internal sealed class DeleteScimDirectoryInputType : InputObjectGraphType<DeleteScimDirectoryInput>
{
    public DeleteScimDirectoryInputType()
    {
        Name = "DeleteScimDirectoryInput";
        Field<NonNullGraphType<IdGraphType>>("directoryId");
    }
}

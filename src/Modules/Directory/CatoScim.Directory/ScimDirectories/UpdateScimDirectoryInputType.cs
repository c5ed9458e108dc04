using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateScimDirectoryInputType : InputObjectGraphType<UpdateScimDirectoryInput>
{
    public UpdateScimDirectoryInputType()
    {
        Name = "UpdateScimDirectoryInput";
        Field<NonNullGraphType<IdGraphType>>("directoryId");
        Field<StringGraphType>("name");
        Field<ScimProviderGraphType>("provider");
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class CreateScimDirectoryInputType : InputObjectGraphType<CreateScimDirectoryInput>
{
    public CreateScimDirectoryInputType()
    {
        Name = "CreateScimDirectoryInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {ScimDirectory.NameMaxLength} characters, unique in the account whatever the case.");
        Field<NonNullGraphType<ScimProviderGraphType>>("provider");
    }
}

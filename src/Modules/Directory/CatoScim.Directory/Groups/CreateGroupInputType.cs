using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class CreateGroupInputType : InputObjectGraphType<CreateGroupInput>
{
    public CreateGroupInputType()
    {
        Name = "CreateGroupInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Unique in the account, whatever its case; 1 to 256 characters.");
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class CreateUserInputType : InputObjectGraphType
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field<NonNullGraphType<StringGraphType>>("userName").Description("An email address, unique in the account whatever the case.");
        UserInputFields.AddEditable(this);
    }
}

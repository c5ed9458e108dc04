using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field<NonNullGraphType<StringGraphType>>("userName").Description("An email address, unique in the account whatever the case.");
        UserInputFields.AddEditable(this);
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CreateUserInput(value.TryGetValue("userName", out var userName) ? userName as string : null, UserAttributesInput.Of(value));
}

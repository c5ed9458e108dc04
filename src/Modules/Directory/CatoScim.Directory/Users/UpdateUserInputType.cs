using GraphQL.Types;

namespace CatoScim.Directory.Users;

/// <summary>Omitted fields stay as they are; null clears an optional one.</summary>
internal sealed class UpdateUserInputType : InputObjectGraphType
{
    public UpdateUserInputType()
    {
        Name = "UpdateUserInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<StringGraphType>("userName");
        UserInputFields.AddEditable(this);
        Field<BooleanGraphType>("active");
    }
}

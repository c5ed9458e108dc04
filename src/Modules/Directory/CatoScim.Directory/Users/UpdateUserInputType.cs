using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

/// <summary>Omitted fields stay as they are; null clears an optional one, so the input is built knowing which were given.</summary>
internal sealed class UpdateUserInputType : InputObjectGraphType<UpdateUserInput>
{
    public UpdateUserInputType()
    {
        Name = "UpdateUserInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<StringGraphType>("userName");
        UserInputFields.AddEditable(this);
        Field<BooleanGraphType>("active");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateUserInput(
        value.TryGetValue("userId", out var userId) ? userId?.ToString() : null,
        Optional<string>.Of(value, "userName"),
        UserAttributesInput.Of(value),
        value.TryGetValue("active", out var active) ? active as bool? : null);
}

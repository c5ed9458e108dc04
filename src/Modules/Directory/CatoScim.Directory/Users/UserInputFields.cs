using GraphQL.Types;

namespace CatoScim.Directory.Users;

/// <summary>The attributes an admin may set on a MANUAL user, shared by the create and update inputs.</summary>
internal static class UserInputFields
{
    public static void AddEditable<TInput>(InputObjectGraphType<TInput> input)
    {
        input.Field<StringGraphType>("givenName");
        input.Field<StringGraphType>("familyName");
        input.Field<StringGraphType>("displayName");
        input.Field<StringGraphType>("email");
        input.Field<StringGraphType>("phone");
        input.Field<StringGraphType>("title");
        input.Field<StringGraphType>("department");
    }
}

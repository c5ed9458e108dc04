using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class CreateScimTokenInputType : InputObjectGraphType<CreateScimTokenInput>
{
    public CreateScimTokenInputType()
    {
        Name = "CreateScimTokenInput";
        Field<NonNullGraphType<IdGraphType>>("directoryId");
        Field<DateTimeGraphType>("expiresAt").Description("Must be in the future; omitted means the token does not expire.");
        Field<StringGraphType>("name").Description($"A label for the admins (which Okta app, who set it up); up to {ScimToken.NameMaxLength} characters.");
    }
}

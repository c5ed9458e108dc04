using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

/// <summary>The attributes an admin may set on a MANUAL user, shared by the create and update inputs.</summary>
internal sealed record UserAttributesInput(
    Optional<string> GivenName,
    Optional<string> FamilyName,
    Optional<string> DisplayName,
    Optional<string> Email,
    Optional<string> Phone,
    Optional<string> Title,
    Optional<string> Department)
{
    public static UserAttributesInput Of(IDictionary<string, object?> fields) => new(
        Optional<string>.Of(fields, "givenName"),
        Optional<string>.Of(fields, "familyName"),
        Optional<string>.Of(fields, "displayName"),
        Optional<string>.Of(fields, "email"),
        Optional<string>.Of(fields, "phone"),
        Optional<string>.Of(fields, "title"),
        Optional<string>.Of(fields, "department"));
}

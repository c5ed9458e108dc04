using CatoScim.Scim.Discovery;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Discovery.ScimAttribute;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>
/// The core User schema (RFC 7643 §4.1) cut down to what CatoScim stores: advertising an attribute we drop
/// would tell Okta and Entra ID to send data that silently disappears.
/// </summary>
internal static class UserSchemaBuilder
{
    public static ScimSchemaDefinition Definition { get; } = new(
        ScimConstants.UserSchema,
        "User",
        "User Account",
        [
            // RFC 7643 §4.1.1: userName is the required, server-unique login, compared without regard to case.
            String("userName", "Unique identifier for the User, typically used to sign in.").AsRequired().AsUniqueOnServer(),
            Complex(
                "name",
                "The components of the user's name.",
                String("givenName", "The given name of the User."),
                String("familyName", "The family name of the User.")),
            String("displayName", "The name of the User, suitable for display to end-users."),
            String("title", "The user's title, such as \"Vice President\"."),
            Boolean("active", "Whether the User may sign in."),
            ContactList("emails", "Email addresses for the User."),
            ContactList("phoneNumbers", "Phone numbers for the User."),

            // A common attribute (RFC 7643 §3.1), listed so clients learn it is case-exact: it is the client's own key.
            String("externalId", "An identifier for the User as defined by the provisioning client.").AsCaseExact(),

            // RFC 7643 §4.1.2: memberships are changed through the Group resource, never through the User.
            Complex(
                "groups",
                "The groups the User belongs to.",
                String("value", "The id of the Group.").AsReadOnly(),
                Reference("$ref", "The URI of the Group.", "Group").AsReadOnly(),
                String("display", "The displayName of the Group.").AsReadOnly()).AsMultiValued().AsReadOnly(),
        ]);

    /// <summary>We keep one work value of each kind, so "work" is the only type we can round-trip.</summary>
    private static ScimAttribute ContactList(string name, string description) =>
        Complex(
            name,
            description,
            String("value", "The address or number."),
            String("type", "The kind of contact.").WithCanonicalValues("work"),
            Boolean("primary", "Whether this is the preferred value.")).AsMultiValued();
}

using CatoScim.Scim.Discovery;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Discovery.ScimAttribute;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>The core Group schema (RFC 7643 §4.2) as CatoScim stores it: members are Users only, no nested groups.</summary>
internal static class GroupSchemaBuilder
{
    public static ScimSchemaDefinition Definition { get; } = new(
        ScimConstants.GroupSchema,
        "Group",
        "Group",
        [
            // RFC 7643 §4.2 leaves displayName non-unique; we enforce uniqueness, so we must say so.
            String("displayName", "A human-readable name for the Group.").AsRequired().AsUniqueOnServer(),

            // RFC 7643 §8.7.1: a member reference is fixed once added; membership changes by add/remove, not edit.
            Complex(
                "members",
                "A list of members of the Group.",
                String("value", "The id of the member User.").AsImmutable(),
                Reference("$ref", "The URI of the member User.", "User").AsImmutable(),
                String("display", "The displayName of the member User.").AsReadOnly(),
                String("type", "The type of member.").WithCanonicalValues("User").AsImmutable()).AsMultiValued(),
        ]);
}

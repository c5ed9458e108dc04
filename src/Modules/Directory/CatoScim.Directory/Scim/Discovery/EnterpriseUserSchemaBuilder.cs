using CatoScim.Scim.Discovery;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Discovery.ScimAttribute;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>
/// The enterprise User extension (RFC 7643 §4.3) without "manager": we do not store it, so advertising it
/// would invite clients to send a value that is dropped.
/// </summary>
internal static class EnterpriseUserSchemaBuilder
{
    public static ScimSchemaDefinition Definition { get; } = new(
        ScimConstants.EnterpriseUserSchema,
        "EnterpriseUser",
        "Enterprise User",
        [
            String("employeeNumber", "Numeric or alphanumeric identifier assigned to the person by the organization."),
            String("costCenter", "Identifies the name of a cost center."),
            String("organization", "Identifies the name of an organization."),
            String("division", "Identifies the name of a division."),
            String("department", "Identifies the name of a department."),
        ]);
}

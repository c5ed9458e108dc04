using CatoScim.Directory.Scim.Filter;
using CatoScim.Directory.Users;

namespace CatoScim.Directory.Scim.Users;

/// <summary>
/// What `filter` and `sortBy` may name on Users, and which column serves each. Case-insensitive attributes
/// filter on upper-cased columns, so `userName eq` (Okta) and `externalId eq` (Entra) are index seeks.
/// </summary>
internal static class ScimUserAttributes
{
    private const string Enterprise = ScimUserInputJson.EnterpriseSchema;

    public static ScimAttributeMap<User> Map { get; } = new ScimAttributeMap<User>()
        .MapGuid("id", u => u.Id)
        .MapNormalizedString("userName", u => u.UserNameNormalized)
        .MapString("externalId", u => u.ExternalId, caseExact: true)
        .MapString("displayName", u => u.DisplayName, caseExact: false)
        .MapString("name.givenName", u => u.GivenName, caseExact: false)
        .MapString("name.familyName", u => u.FamilyName, caseExact: false)
        .MapString("title", u => u.Title, caseExact: false)
        .MapBoolean("active", u => u.Active)
        .MapNormalizedString("emails.value", u => u.EmailNormalized)
        .MapConstant("emails.type", "work")
        .MapConstant("emails.primary", true)
        .PresentWhen("emails", u => u.EmailNormalized != null)
        .MapString("phoneNumbers.value", u => u.Phone, caseExact: false)
        .MapConstant("phoneNumbers.type", "work")
        .MapConstant("phoneNumbers.primary", true)
        .PresentWhen("phoneNumbers", u => u.Phone != null)
        .MapString($"{Enterprise}:department", u => u.Department, caseExact: false)
        .MapString($"{Enterprise}:employeeNumber", u => u.EmployeeNumber, caseExact: false)
        .MapString($"{Enterprise}:costCenter", u => u.CostCenter, caseExact: false)
        .MapString($"{Enterprise}:organization", u => u.Organization, caseExact: false)
        .MapString($"{Enterprise}:division", u => u.Division, caseExact: false)
        .MapDateTime("meta.created", u => u.CreatedAt)
        .MapDateTime("meta.lastModified", u => u.UpdatedAt);
}

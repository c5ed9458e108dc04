using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Users;

/// <summary>The SCIM paths whose value differs between two versions of a user's attributes.</summary>
internal static class UserChanges
{
    private const string Enterprise = ScimConstants.EnterpriseUserSchema + ":";

    private static readonly (string Path, Func<UserFields, string?> Get)[] Attributes =
    [
        ("userName", f => f.UserName),
        ("externalId", f => f.ExternalId),
        ("name.givenName", f => f.GivenName),
        ("name.familyName", f => f.FamilyName),
        ("displayName", f => f.DisplayName),
        ("emails", f => f.Email),
        ("phoneNumbers", f => f.Phone),
        ("title", f => f.Title),
        (Enterprise + "department", f => f.Department),
        (Enterprise + "employeeNumber", f => f.EmployeeNumber),
        (Enterprise + "costCenter", f => f.CostCenter),
        (Enterprise + "organization", f => f.Organization),
        (Enterprise + "division", f => f.Division),
    ];

    public static List<string> Between(UserFields before, UserFields after) =>
        Attributes.Where(a => !string.Equals(a.Get(before), a.Get(after), StringComparison.Ordinal)).Select(a => a.Path).ToList();
}

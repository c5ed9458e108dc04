namespace CatoScim.Directory.Users;

/// <summary>
/// The admin API's names of the user fields an admin change set, for the audit trail. UserChanges names SCIM paths
/// for the IdP-facing history; an admin reads the names of the GraphQL inputs they sent.
/// </summary>
internal static class UserAuditFields
{
    private static readonly (string Name, Func<UserFields, string?> Get)[] Editable =
    [
        ("userName", f => f.UserName),
        ("givenName", f => f.GivenName),
        ("familyName", f => f.FamilyName),
        ("displayName", f => f.DisplayName),
        ("email", f => f.Email),
        ("phone", f => f.Phone),
        ("title", f => f.Title),
        ("department", f => f.Department),
    ];

    public static List<string> Set(UserFields fields) => [.. Editable.Where(e => e.Get(fields) is not null).Select(e => e.Name)];

    public static List<string> Between(UserFields before, UserFields after, bool activeBefore, bool activeAfter)
    {
        List<string> changed = [.. Editable.Where(e => !string.Equals(e.Get(before), e.Get(after), StringComparison.Ordinal)).Select(e => e.Name)];
        if (activeBefore != activeAfter)
        {
            changed.Add("active");
        }

        return changed;
    }
}

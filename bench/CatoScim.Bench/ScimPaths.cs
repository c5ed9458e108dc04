namespace CatoScim.Bench;

/// <summary>Relative SCIM request paths, escaped the way Okta sends them.</summary>
internal static class ScimPaths
{
    public const string Users = "/Users";
    public const string Groups = "/Groups";

    public static string User(string id) => $"/Users/{Uri.EscapeDataString(id)}";

    public static string Group(string id) => $"/Groups/{Uri.EscapeDataString(id)}";

    public static string FilterByUserName(string userName) => $"/Users?filter={Uri.EscapeDataString($"userName eq \"{userName}\"")}";

    /// <summary>Okta's pre-create existence check carries explicit paging parameters.</summary>
    public static string OktaExistenceCheck(string userName) => FilterByUserName(userName) + "&startIndex=1&count=100";

    public static string UsersPage(int startIndex, int count) => $"/Users?startIndex={startIndex}&count={count}";

    public static string GroupsWithoutMembers() => "/Groups?excludedAttributes=members";
}

namespace CatoScim.Directory.Contracts.Audit;

/// <summary>The <c>TargetType</c> of the admin audit records Directory publishes; stored, so they never change.</summary>
public static class DirectoryAuditTargets
{
    public const string Account = "ACCOUNT";
    public const string ApiKey = "API_KEY";

    /// <summary>The account's SCIM switch; the target id is the account's.</summary>
    public const string ScimSettings = "SCIM_SETTINGS";

    public const string ScimDirectory = "SCIM_DIRECTORY";
    public const string ScimToken = "SCIM_TOKEN";
    public const string User = "USER";
    public const string Group = "GROUP";
}

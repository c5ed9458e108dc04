namespace CatoScim.Directory.Contracts.Audit;

/// <summary>
/// The <c>Action</c> of the admin audit records Directory publishes. Stored in the audit trail and used by admins
/// as filters, so they never change.
/// </summary>
public static class DirectoryAuditActions
{
    public const string AccountCreated = "ACCOUNT_CREATED";
    public const string AccountUpdated = "ACCOUNT_UPDATED";
    public const string ApiKeyCreated = "API_KEY_CREATED";
    public const string ApiKeyRevoked = "API_KEY_REVOKED";
    public const string ScimEnabled = "SCIM_ENABLED";
    public const string ScimDisabled = "SCIM_DISABLED";
    public const string ScimDirectoryCreated = "SCIM_DIRECTORY_CREATED";
    public const string ScimDirectoryUpdated = "SCIM_DIRECTORY_UPDATED";

    /// <summary>The directory's tokens are revoked with it; that is part of this one change.</summary>
    public const string ScimDirectoryDeleted = "SCIM_DIRECTORY_DELETED";

    public const string ScimTokenIssued = "SCIM_TOKEN_ISSUED";
    public const string ScimTokenRevoked = "SCIM_TOKEN_REVOKED";

    /// <summary>On the old token, whose expiry moved to the end of the grace; the new one has its own SCIM_TOKEN_ISSUED.</summary>
    public const string ScimTokenRotated = "SCIM_TOKEN_ROTATED";

    public const string UserCreated = "USER_CREATED";
    public const string UserUpdated = "USER_UPDATED";
    public const string UserDeleted = "USER_DELETED";
    public const string GroupCreated = "GROUP_CREATED";
    public const string GroupUpdated = "GROUP_UPDATED";
    public const string GroupDeleted = "GROUP_DELETED";
    public const string GroupMembersAdded = "GROUP_MEMBERS_ADDED";
    public const string GroupMembersRemoved = "GROUP_MEMBERS_REMOVED";
}

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>
/// Which group a notification is about, as of the change. `Origin` is SCIM, LDAP or MANUAL; `DirectoryId` is null
/// when no SCIM directory owns the group.
/// </summary>
public sealed record GroupRef(Guid AccountId, Guid GroupId, string DisplayName, string? ExternalId, Guid? DirectoryId, string Origin);

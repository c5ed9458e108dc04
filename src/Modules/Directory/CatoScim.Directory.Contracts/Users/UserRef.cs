namespace CatoScim.Directory.Contracts.Users;

/// <summary>
/// Who a user notification is about, as of the change. `Origin` is SCIM, LDAP or MANUAL; `DirectoryId` is null
/// when the user is not linked to a SCIM directory.
/// </summary>
public sealed record UserRef(Guid AccountId, Guid UserId, string UserName, string? ExternalId, Guid? DirectoryId, string Origin, bool Active);

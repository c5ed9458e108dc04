namespace CatoScim.Directory.Scim.Users;

/// <summary>One entry of a user's read-only `groups` attribute (RFC 7643 §4.1.2).</summary>
internal sealed record ScimUserGroup(Guid UserId, Guid GroupId, string DisplayName);

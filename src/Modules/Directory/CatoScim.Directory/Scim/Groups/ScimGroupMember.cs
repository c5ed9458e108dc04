namespace CatoScim.Directory.Scim.Groups;

/// <summary>A member as rendered: the user's id and userName (the "display" sub-attribute).</summary>
internal sealed record ScimGroupMember(Guid GroupId, Guid UserId, string UserName);

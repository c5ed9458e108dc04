using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>
/// A SCIM directory pushed a group whose name matched an existing LDAP, MANUAL or unlinked group: same id, now
/// owned by that directory. Membership changes it brought follow as added/removed batches.
/// </summary>
public sealed record GroupTakenOver(GroupRef Group, string FormerOrigin, DateTime OccurredAt) : INotification;

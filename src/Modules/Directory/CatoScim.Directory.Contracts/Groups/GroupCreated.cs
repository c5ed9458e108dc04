using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>A new group; its initial members follow as <see cref="GroupMembersAdded"/>. `Source` is SCIM or ADMIN.</summary>
public sealed record GroupCreated(GroupRef Group, string Source, DateTime OccurredAt) : INotification;

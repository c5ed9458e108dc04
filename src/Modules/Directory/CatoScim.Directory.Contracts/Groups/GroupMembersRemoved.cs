using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>One batch of users that stopped being members in one request; only users that were members.</summary>
public sealed record GroupMembersRemoved(GroupRef Group, IReadOnlyList<Guid> UserIds, string Source, DateTime OccurredAt) : INotification;

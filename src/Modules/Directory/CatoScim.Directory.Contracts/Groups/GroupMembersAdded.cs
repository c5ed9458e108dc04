using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>One batch of users that became members in one request; only users that were not members already.</summary>
public sealed record GroupMembersAdded(GroupRef Group, IReadOnlyList<Guid> UserIds, string Source, DateTime OccurredAt) : INotification;

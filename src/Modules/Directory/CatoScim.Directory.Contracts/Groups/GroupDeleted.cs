using Mediator;

namespace CatoScim.Directory.Contracts.Groups;

/// <summary>The group and all its memberships are gone; the users stay.</summary>
public sealed record GroupDeleted(GroupRef Group, string Source, DateTime OccurredAt) : INotification;

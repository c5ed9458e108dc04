using Mediator;

namespace CatoScim.Directory.Contracts.Users;

/// <summary>An IdP DELETE: the user is disabled and no longer linked to its directory; the record is kept.</summary>
public sealed record UserUnlinked(UserRef User, Guid FormerDirectoryId, DateTime OccurredAt) : INotification;

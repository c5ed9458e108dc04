using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>
/// An admin deleted a SCIM directory: its tokens are revoked and its users unlinked but kept with their state
/// (so nothing they hold, such as licences, is released).
/// </summary>
public sealed record ScimDirectoryDeleted(Guid AccountId, Guid DirectoryId, string Name, int UnlinkedUsers, DateTime OccurredAt) : INotification;

using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>A directory's bearer token was revoked (by an admin, or with its directory).</summary>
public sealed record ScimTokenRevoked(Guid AccountId, Guid DirectoryId, Guid TokenId, string RevokedBy, DateTime OccurredAt) : INotification;

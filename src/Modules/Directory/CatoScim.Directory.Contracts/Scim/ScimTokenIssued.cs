using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>A bearer token was issued for a directory; only its prefix travels, never the secret or its hash.</summary>
public sealed record ScimTokenIssued(
    Guid AccountId,
    Guid DirectoryId,
    Guid TokenId,
    string Prefix,
    DateTime? ExpiresAt,
    string CreatedBy,
    DateTime OccurredAt) : INotification;

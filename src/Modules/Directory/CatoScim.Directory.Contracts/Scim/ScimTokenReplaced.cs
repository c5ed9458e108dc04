using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>
/// A token was rotated: `ReplacedBy` took over and the old token stops working at `ExpiresAt` (the end of the
/// grace period). The old token's expiry is then planned, not a surprise to warn an admin about.
/// </summary>
public sealed record ScimTokenReplaced(Guid AccountId, Guid DirectoryId, Guid TokenId, Guid ReplacedBy, DateTime ExpiresAt, DateTime OccurredAt)
    : INotification;

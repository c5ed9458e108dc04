using Mediator;

namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>
/// A user's seat went back to the pool. `Reason` is DEACTIVATED, UNLINKED, DELETED or NOT_COVERED (no rule covers the
/// user any more).
/// </summary>
public sealed record LicenseReleased(Guid AccountId, Guid UserId, string Reason, DateTime OccurredAt) : INotification;

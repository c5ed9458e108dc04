using Mediator;

namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>
/// A user's licence status ended a seat change different from how it began: ASSIGNED, PENDING or NONE
/// (<see cref="LicenseStatuses"/>), one notification per user and change even when the change moved the user twice.
/// `Version` rises with every seat change of the account, in commit order: a consumer keeps the state of the highest
/// version it has seen, so a redelivered or re-driven older notification never overwrites a newer status.
/// </summary>
public sealed record UserLicenseStatusChanged(Guid AccountId, Guid UserId, string Status, long Version, DateTime OccurredAt) : INotification;

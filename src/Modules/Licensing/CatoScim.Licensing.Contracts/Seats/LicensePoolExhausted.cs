using Mediator;

namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>
/// Covered users are waiting for a seat. Published once per episode: again only after a seat was free with nobody
/// waiting.
/// </summary>
public sealed record LicensePoolExhausted(Guid AccountId, int Total, int PendingUsers, DateTime OccurredAt) : INotification;

using Mediator;

namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>A user got a ZTNA seat. `Via` is the rule tier that covers them: USER, GROUP or ALL_SCIM_USERS.</summary>
public sealed record LicenseAssigned(Guid AccountId, Guid UserId, string Via, DateTime OccurredAt) : INotification;

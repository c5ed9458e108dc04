using Mediator;

namespace CatoScim.Licensing.Contracts.Rules;

/// <summary>
/// The group a GROUP rule names was deleted (usually by the IdP). The rule is kept, covering nobody, until an admin
/// deletes it; `ReleasedSeats` is how many of the group's members lost their seat with it.
/// </summary>
public sealed record LicenseRuleOrphaned(Guid AccountId, Guid RuleId, Guid GroupId, string GroupName, int ReleasedSeats, DateTime OccurredAt) : INotification;

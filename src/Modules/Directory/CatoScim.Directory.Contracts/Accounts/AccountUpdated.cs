using Mediator;

namespace CatoScim.Directory.Contracts.Accounts;

/// <summary>Carries the whole new state so consumers can overwrite their copy (idempotent by nature).</summary>
public sealed record AccountUpdated(Guid AccountId, string Name, string UserIdentity, IReadOnlyList<string> AlertRecipients, DateTime OccurredAt) : INotification;

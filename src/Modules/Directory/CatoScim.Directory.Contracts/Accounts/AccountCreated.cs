using Mediator;

namespace CatoScim.Directory.Contracts.Accounts;

public sealed record AccountCreated(Guid AccountId, string Name, IReadOnlyList<string> AlertRecipients, DateTime OccurredAt) : INotification;

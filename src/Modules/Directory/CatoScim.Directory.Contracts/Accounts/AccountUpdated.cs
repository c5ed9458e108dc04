using Mediator;

namespace CatoScim.Directory.Contracts.Accounts;

/// <summary>
/// Carries the whole new state so consumers can overwrite their copy (idempotent by nature). <c>ConsoleOrigin</c> is
/// where the admin request that set <c>AlertRecipients</c> reached the service (`PublicOrigin`, or the request's scheme
/// and host), for the links of the emails sent to them; null when the update did not come from such a request.
/// </summary>
public sealed record AccountUpdated(Guid AccountId, string Name, string UserIdentity, IReadOnlyList<string> AlertRecipients, DateTime OccurredAt,
    string? ConsoleOrigin = null) : INotification;

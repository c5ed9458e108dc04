using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>
/// A directory's health status (<see cref="ScimHealthStatuses"/>) changed. `Reason` is the last failure's reason
/// when the directory turned DEGRADED or FAILING; the counts are those of the window the status was judged on.
/// </summary>
public sealed record ScimDirectoryHealthChanged(
    Guid AccountId,
    Guid DirectoryId,
    string PreviousStatus,
    string Status,
    string? Reason,
    int RequestsInWindow,
    int FailuresInWindow,
    DateTime OccurredAt) : INotification;

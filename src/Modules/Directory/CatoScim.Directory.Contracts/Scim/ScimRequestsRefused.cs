using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>
/// Requests to one directory that the SCIM gate refused (401 or 429) for one reason of
/// <see cref="ScimRefusalReasons"/>, aggregated per directory, reason and minute so that a flood stays one record:
/// `Count` requests between `FirstAt` and `LastAt`, the last of them carrying `LastRequestId` (its X-Request-Id).
/// </summary>
public sealed record ScimRequestsRefused(
    Guid AccountId,
    Guid DirectoryId,
    string Reason,
    int HttpStatus,
    int Count,
    DateTime FirstAt,
    DateTime LastAt,
    string LastRequestId,
    DateTime OccurredAt) : INotification;

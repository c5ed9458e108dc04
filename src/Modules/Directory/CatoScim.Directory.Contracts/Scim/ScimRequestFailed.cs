using Mediator;

namespace CatoScim.Directory.Contracts.Scim;

/// <summary>
/// A SCIM write the service refused, with what the IdP admin saw: `Reason` is the SCIM error detail, `ScimType`
/// the RFC 7644 error type. `Operation` names what was attempted (e.g. USER_CREATE, USER_UPDATE, GROUP_MEMBERS).
/// `RequestId` is the request's X-Request-Id, also at the end of `Reason` (null in messages written before it existed).
/// </summary>
public sealed record ScimRequestFailed(
    Guid AccountId,
    Guid DirectoryId,
    string ResourceType,
    string Operation,
    Guid? ResourceId,
    string? DisplayName,
    string? ExternalId,
    string Reason,
    int HttpStatus,
    string? ScimType,
    DateTime OccurredAt,
    string? RequestId = null) : INotification;

using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Scim;
using static CatoScim.Events.Provisioning.ProvisioningEventMapper;

namespace CatoScim.Events.Provisioning;

/// <summary>Refused SCIM requests, aggregated per directory, reason and minute, become one FAILURE line each.</summary>
internal static class RefusalEventMapper
{
    public const string Operation = "REQUESTS_REFUSED";

    public static ProvisioningEvent Map(ScimRequestsRefused n, Guid messageId) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(n.OccurredAt))),
        AccountId = n.AccountId,
        MessageId = messageId,
        Time = Utc(n.OccurredAt),
        Action = ProvisioningAction.Failure,
        Operation = Operation,
        DirectoryId = n.DirectoryId,
        ResourceType = ProvisioningResourceTypes.Directory,
        ResourceId = n.DirectoryId,
        Message = Clip($"{n.Count} {(n.Count == 1 ? "request" : "requests")} refused: {n.Reason}", ProvisioningEvent.MessageMax),
        Reason = Clip(n.Reason, ProvisioningEvent.ReasonMax),
        HttpStatus = n.HttpStatus,
        Source = ChangeSources.Scim,
        RequestId = ClipOrNull(n.LastRequestId, ProvisioningEvent.RequestIdMax),
        Count = Math.Max(1, n.Count),
    };
}

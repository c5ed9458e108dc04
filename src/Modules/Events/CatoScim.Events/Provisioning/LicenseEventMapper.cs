using CatoScim.Licensing.Contracts.Rules;
using CatoScim.Licensing.Contracts.Seats;
using static CatoScim.Events.Provisioning.ProvisioningEventMapper;

namespace CatoScim.Events.Provisioning;

/// <summary>
/// Seats follow provisioning, so their changes belong in the same history; an exhausted pool is a FAILURE because
/// users the IdP provisioned are left without remote access until an admin adds seats.
/// </summary>
internal static class LicenseEventMapper
{
    /// <summary>Seats change as a consequence of provisioning; no IdP or admin made them directly.</summary>
    private const string SystemSource = ProvisioningSources.System;

    public static ProvisioningEvent Map(LicenseAssigned n, Guid messageId, string userName) =>
        Seat(n.AccountId, n.UserId, userName, messageId, n.OccurredAt, "LICENSE_ASSIGNED", $"SDP licence assigned to {userName} (via {n.Via})");

    public static ProvisioningEvent Map(LicenseReleased n, Guid messageId, string userName) =>
        Seat(n.AccountId, n.UserId, userName, messageId, n.OccurredAt, "LICENSE_RELEASED", $"SDP licence released from {userName} ({n.Reason})");

    public static ProvisioningEvent Map(LicensePoolExhausted n, Guid messageId) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(n.OccurredAt))),
        AccountId = n.AccountId,
        MessageId = messageId,
        Time = Utc(n.OccurredAt),
        Action = ProvisioningAction.Failure,
        Operation = "LICENSE_POOL_EXHAUSTED",
        ResourceType = ProvisioningResourceTypes.License,
        DisplayName = "ZTNA_USERS",
        Source = SystemSource,
        Message = $"All {n.Total} SDP licences are allocated; {n.PendingUsers} users are waiting for a seat",
        Reason = $"Licence pool exhausted: {n.PendingUsers} users pending",
    };

    /// <summary>A FAILURE like an exhausted pool: the group's members lost their seats until an admin replaces the rule.</summary>
    public static ProvisioningEvent Map(LicenseRuleOrphaned n, Guid messageId) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(n.OccurredAt))),
        AccountId = n.AccountId,
        MessageId = messageId,
        Time = Utc(n.OccurredAt),
        Action = ProvisioningAction.Failure,
        Operation = "LICENSE_RULE_ORPHANED",
        ResourceType = ProvisioningResourceTypes.License,
        ResourceId = n.RuleId,
        DisplayName = Clip(n.GroupName, ProvisioningEvent.DisplayNameMax),
        Source = SystemSource,
        Message = Clip($"The GROUP licence rule for {n.GroupName} is orphaned: the group was deleted; {n.ReleasedSeats} SDP licences released",
            ProvisioningEvent.MessageMax),
        Reason = Clip($"Group {n.GroupName} ({n.GroupId}) deleted; delete or replace the rule", ProvisioningEvent.ReasonMax),
    };

    private static ProvisioningEvent Seat(Guid accountId, Guid userId, string userName, Guid messageId, DateTime occurredAt, string operation, string message) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(occurredAt))),
        AccountId = accountId,
        MessageId = messageId,
        Time = Utc(occurredAt),
        Action = ProvisioningAction.Success,
        Operation = operation,
        ResourceType = ProvisioningResourceTypes.User,
        ResourceId = userId,
        DisplayName = Clip(userName, ProvisioningEvent.DisplayNameMax),
        Message = Clip(message, ProvisioningEvent.MessageMax),
        Source = SystemSource,
    };
}

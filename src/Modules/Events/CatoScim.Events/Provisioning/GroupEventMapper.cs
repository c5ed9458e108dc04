using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Groups;
using static CatoScim.Events.Provisioning.ProvisioningEventMapper;

namespace CatoScim.Events.Provisioning;

/// <summary>Group history lines; a membership batch is one line with its size, never one line per member.</summary>
internal static class GroupEventMapper
{
    public static ProvisioningEvent Map(GroupCreated n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, n.Source, "GROUP_CREATED", $"created group {n.Group.DisplayName}");

    public static ProvisioningEvent Map(GroupRenamed n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, n.Source, "GROUP_RENAMED", $"renamed group {n.OldName} to {n.Group.DisplayName}");

    public static ProvisioningEvent Map(GroupTakenOver n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, ChangeSources.Scim, "GROUP_TAKEN_OVER", $"took over {n.FormerOrigin} group {n.Group.DisplayName}");

    public static ProvisioningEvent Map(GroupDeleted n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, n.Source, "GROUP_DELETED", $"deleted group {n.Group.DisplayName}");

    public static ProvisioningEvent Map(GroupMembersAdded n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, n.Source, "GROUP_MEMBERS_ADDED", $"added {n.UserIds.Count} members to group {n.Group.DisplayName}");

    public static ProvisioningEvent Map(GroupMembersRemoved n, Guid messageId) =>
        Group(n.Group, messageId, n.OccurredAt, n.Source, "GROUP_MEMBERS_REMOVED", $"removed {n.UserIds.Count} members from group {n.Group.DisplayName}");

    private static ProvisioningEvent Group(GroupRef group, Guid messageId, DateTime occurredAt, string source, string operation, string what) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(occurredAt))),
        AccountId = group.AccountId,
        MessageId = messageId,
        Time = Utc(occurredAt),
        Action = ProvisioningAction.Success,
        Operation = operation,
        DirectoryId = group.DirectoryId,
        ResourceType = ProvisioningResourceTypes.Group,
        ResourceId = group.GroupId,
        DisplayName = Clip(group.DisplayName, ProvisioningEvent.DisplayNameMax),
        ExternalId = ClipOrNull(group.ExternalId, ProvisioningEvent.ExternalIdMax),
        Message = Clip($"{(IsScim(source) ? "SCIM" : "An admin")} {what}", ProvisioningEvent.MessageMax),
        Source = IsScim(source) ? ChangeSources.Scim : ChangeSources.Admin,
    };
}

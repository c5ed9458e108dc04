namespace CatoScim.Events.Provisioning;

/// <summary>
/// Every <see cref="ProvisioningEvent.Operation"/> the mappers store: what happened (USER_CREATED, ...), and for a
/// failed SCIM request the operation Directory names on its SCIM endpoints (USER_CREATE, ...), upper-cased. Stored
/// values never change; a new one is added here, or the feed shows it as OTHER.
/// </summary>
internal static class ProvisioningOperations
{
    public static readonly IReadOnlyList<string> All =
    [
        "USER_CREATED", "USER_TAKEN_OVER", "USER_UPDATED", "USER_DEACTIVATED", "USER_REACTIVATED", "USER_UNLINKED", "USER_DELETED",
        "GROUP_CREATED", "GROUP_RENAMED", "GROUP_TAKEN_OVER", "GROUP_DELETED", "GROUP_MEMBERS_ADDED", "GROUP_MEMBERS_REMOVED",
        "DIRECTORY_DELETED", RefusalEventMapper.Operation,
        "LICENSE_ASSIGNED", "LICENSE_RELEASED", "LICENSE_POOL_EXHAUSTED", "LICENSE_RULE_ORPHANED",
        "USER_CREATE", "USER_REPLACE", "USER_PATCH", "USER_DELETE", "GROUP_CREATE", "GROUP_REPLACE", "GROUP_PATCH", "GROUP_DELETE",
    ];
}

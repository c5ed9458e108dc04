using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Contracts.Users;

namespace CatoScim.Events.Provisioning;

/// <summary>Turns Directory notifications into history lines; the message id makes each one unique.</summary>
internal static class ProvisioningEventMapper
{
    public static ProvisioningEvent Map(UserProvisioned n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, n.Source, n.TookOver ? "USER_TAKEN_OVER" : "USER_CREATED", ProvisioningAction.Success,
            n.TookOver ? "took over" : "created", n.User.DirectoryId);

    public static ProvisioningEvent Map(UserUpdated n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, n.Source, "USER_UPDATED", ProvisioningAction.Success,
            "updated", n.User.DirectoryId, n.ChangedAttributes.Count == 0 ? null : $" ({string.Join(", ", n.ChangedAttributes)})");

    public static ProvisioningEvent Map(UserDeactivated n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, n.Source, "USER_DEACTIVATED",
            IsScim(n.Source) ? ProvisioningAction.Disabled : ProvisioningAction.Success, "deactivated", n.User.DirectoryId);

    public static ProvisioningEvent Map(UserReactivated n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, n.Source, "USER_REACTIVATED", ProvisioningAction.Success, "reactivated", n.User.DirectoryId);

    public static ProvisioningEvent Map(UserUnlinked n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, ChangeSources.Scim, "USER_UNLINKED", ProvisioningAction.Success, "unlinked (IdP delete)", n.FormerDirectoryId);

    public static ProvisioningEvent Map(UserDeleted n, Guid messageId) =>
        User(n.User, messageId, n.OccurredAt, ChangeSources.Admin, "USER_DELETED", ProvisioningAction.Success, "permanently deleted", n.User.DirectoryId);

    public static ProvisioningEvent Map(ScimDirectoryDeleted n, Guid messageId) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(n.OccurredAt))),
        AccountId = n.AccountId,
        MessageId = messageId,
        Time = Utc(n.OccurredAt),
        Action = ProvisioningAction.Success,
        Operation = "DIRECTORY_DELETED",
        DirectoryId = n.DirectoryId,
        ResourceType = ProvisioningResourceTypes.Directory,
        ResourceId = n.DirectoryId,
        DisplayName = Clip(n.Name, ProvisioningEvent.DisplayNameMax),
        Message = Clip($"An admin deleted SCIM directory {n.Name}; {n.UnlinkedUsers} users unlinked and kept", ProvisioningEvent.MessageMax),
        Source = ChangeSources.Admin,
    };

    public static ProvisioningEvent Map(ScimRequestFailed n, Guid messageId) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(Utc(n.OccurredAt))),
        AccountId = n.AccountId,
        MessageId = messageId,
        Time = Utc(n.OccurredAt),
        Action = ProvisioningAction.Failure,
        Operation = Clip(n.Operation.ToUpperInvariant(), ProvisioningEvent.OperationMax),
        DirectoryId = n.DirectoryId,
        ResourceType = Clip(n.ResourceType.ToUpperInvariant(), ProvisioningEvent.ResourceTypeMax),
        ResourceId = n.ResourceId,
        DisplayName = Clip(n.DisplayName ?? "", ProvisioningEvent.DisplayNameMax),
        ExternalId = ClipOrNull(n.ExternalId, ProvisioningEvent.ExternalIdMax),
        Message = Clip($"SCIM {n.Operation} {(n.DisplayName is { Length: > 0 } name ? $"of {name} " : "")}failed with {n.HttpStatus}: {n.Reason}", ProvisioningEvent.MessageMax),
        Reason = Clip(n.Reason, ProvisioningEvent.ReasonMax),
        HttpStatus = n.HttpStatus,
        ScimType = ClipOrNull(n.ScimType, ProvisioningEvent.ScimTypeMax),
        Source = ChangeSources.Scim,
        RequestId = ClipOrNull(n.RequestId, ProvisioningEvent.RequestIdMax),
    };

    private static ProvisioningEvent User(UserRef user, Guid messageId, DateTime occurredAt, string source, string operation,
        ProvisioningAction action, string verb, Guid? directoryId, string? suffix = null) => new()
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(Utc(occurredAt))),
            AccountId = user.AccountId,
            MessageId = messageId,
            Time = Utc(occurredAt),
            Action = action,
            Operation = operation,
            DirectoryId = directoryId,
            ResourceType = ProvisioningResourceTypes.User,
            ResourceId = user.UserId,
            DisplayName = Clip(user.UserName, ProvisioningEvent.DisplayNameMax),
            ExternalId = ClipOrNull(user.ExternalId, ProvisioningEvent.ExternalIdMax),
            Message = Clip($"{(IsScim(source) ? "SCIM" : "An admin")} {verb} {user.UserName}{suffix}", ProvisioningEvent.MessageMax),
            Source = IsScim(source) ? ChangeSources.Scim : ChangeSources.Admin,
        };

    internal static bool IsScim(string source) => string.Equals(source, ChangeSources.Scim, StringComparison.OrdinalIgnoreCase);

    internal static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    internal static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    internal static string? ClipOrNull(string? value, int max) => value is null ? null : Clip(value, max);
}

using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Accounts;
using CatoScim.Events.Directories;
using CatoScim.Events.Provisioning;
using Mediator;

namespace CatoScim.Events.Notifications;

/// <summary>Every Directory notification Events consumes: copies of accounts and directories, and the provisioning history.</summary>
internal sealed class DirectoryNotificationsHandler(AccountCopyWriter accounts, DirectoryCopyWriter directories, ProvisioningEventRecorder history)
    : INotificationHandler<AccountCreated>, INotificationHandler<AccountUpdated>,
      INotificationHandler<ScimDirectoryCreated>, INotificationHandler<ScimDirectoryUpdated>, INotificationHandler<ScimDirectoryDeleted>,
      INotificationHandler<ScimRequestFailed>, INotificationHandler<ScimRequestsRefused>,
      INotificationHandler<UserProvisioned>, INotificationHandler<UserUpdated>, INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>, INotificationHandler<UserUnlinked>, INotificationHandler<UserDeleted>,
      INotificationHandler<GroupCreated>, INotificationHandler<GroupRenamed>, INotificationHandler<GroupTakenOver>,
      INotificationHandler<GroupDeleted>, INotificationHandler<GroupMembersAdded>, INotificationHandler<GroupMembersRemoved>
{
    public ValueTask Handle(AccountCreated notification, CancellationToken cancellationToken) =>
        accounts.UpsertAsync(notification.AccountId, notification.Name, notification.AlertRecipients, null, notification.OccurredAt, cancellationToken);

    public ValueTask Handle(AccountUpdated notification, CancellationToken cancellationToken) =>
        accounts.UpsertAsync(notification.AccountId, notification.Name, notification.AlertRecipients, notification.ConsoleOrigin, notification.OccurredAt,
            cancellationToken);

    public ValueTask Handle(ScimDirectoryCreated notification, CancellationToken cancellationToken) =>
        directories.UpsertAsync(notification.AccountId, notification.DirectoryId, notification.Name, notification.Provider, notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ScimDirectoryUpdated notification, CancellationToken cancellationToken) =>
        directories.UpsertAsync(notification.AccountId, notification.DirectoryId, notification.Name, notification.Provider, notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ScimDirectoryDeleted notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(ScimRequestFailed notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(ScimRequestsRefused notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => RefusalEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserProvisioned notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserUpdated notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserDeactivated notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserReactivated notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserUnlinked notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(UserDeleted notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => ProvisioningEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupCreated notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupRenamed notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupTakenOver notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupDeleted notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupMembersAdded notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(GroupMembersRemoved notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => GroupEventMapper.Map(notification, id), cancellationToken);
}

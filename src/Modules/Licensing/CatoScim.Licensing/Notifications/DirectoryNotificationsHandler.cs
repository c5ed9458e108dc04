using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Pool;
using Mediator;

namespace CatoScim.Licensing.Notifications;

/// <summary>Every Directory notification Licensing consumes: the account's pool, and the user and group copies seats are computed from.</summary>
internal sealed class DirectoryNotificationsHandler(EmptyPoolWriter pools, UserCopyWriter users, GroupCopyWriter groups)
    : INotificationHandler<AccountCreated>,
      INotificationHandler<UserProvisioned>, INotificationHandler<UserUpdated>, INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>, INotificationHandler<UserUnlinked>, INotificationHandler<UserDeleted>,
      INotificationHandler<GroupCreated>, INotificationHandler<GroupRenamed>, INotificationHandler<GroupTakenOver>,
      INotificationHandler<GroupDeleted>, INotificationHandler<GroupMembersAdded>, INotificationHandler<GroupMembersRemoved>
{
    public async ValueTask Handle(AccountCreated notification, CancellationToken cancellationToken) =>
        await pools.CreateAsync(Consumer(notification), notification.AccountId, notification.OccurredAt, cancellationToken);

    public async ValueTask Handle(UserProvisioned notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);

    public async ValueTask Handle(UserUpdated notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);

    public async ValueTask Handle(UserDeactivated notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);

    public async ValueTask Handle(UserReactivated notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);

    public async ValueTask Handle(UserUnlinked notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Unlinked, cancellationToken);

    public async ValueTask Handle(UserDeleted notification, CancellationToken cancellationToken) =>
        await users.ApplyAsync(Consumer(notification), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deleted, deleted: true, cancellationToken);

    public async ValueTask Handle(GroupCreated notification, CancellationToken cancellationToken) =>
        await groups.UpsertAsync(Consumer(notification), notification.Group, cancellationToken);

    public async ValueTask Handle(GroupRenamed notification, CancellationToken cancellationToken) =>
        await groups.UpsertAsync(Consumer(notification), notification.Group, cancellationToken);

    /// <summary>Same group id, new owner: memberships it changed follow as added/removed batches, so only the copy is refreshed.</summary>
    public async ValueTask Handle(GroupTakenOver notification, CancellationToken cancellationToken) =>
        await groups.UpsertAsync(Consumer(notification), notification.Group, cancellationToken);

    public async ValueTask Handle(GroupDeleted notification, CancellationToken cancellationToken) =>
        await groups.DeleteAsync(Consumer(notification), notification.Group, cancellationToken);

    public async ValueTask Handle(GroupMembersAdded notification, CancellationToken cancellationToken) =>
        await groups.AddMembersAsync(Consumer(notification), notification.Group, notification.UserIds, cancellationToken);

    public async ValueTask Handle(GroupMembersRemoved notification, CancellationToken cancellationToken) =>
        await groups.RemoveMembersAsync(Consumer(notification), notification.Group, notification.UserIds, cancellationToken);

    // The inbox keys rows by consumer name. These are the names of the one-class-per-notification handlers this class
    // replaced ("UserDeactivatedHandler"...), so a message handled before an upgrade is still recognised after it.
    private static string Consumer(INotification notification) => $"{notification.GetType().Name}Handler";
}

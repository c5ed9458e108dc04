using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Persistence;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Provisioning;

/// <summary>Records SCIM and admin provisioning notifications as history; a redelivery changes nothing.</summary>
internal sealed class ProvisioningEventHandler(EventsDbContext db, MessageContext message, TimeProvider time, ILogger<ProvisioningEventHandler> logger)
    : INotificationHandler<UserProvisioned>, INotificationHandler<UserUpdated>, INotificationHandler<UserDeactivated>,
      INotificationHandler<UserReactivated>, INotificationHandler<UserUnlinked>, INotificationHandler<UserDeleted>,
      INotificationHandler<ScimRequestFailed>, INotificationHandler<ScimDirectoryDeleted>,
      INotificationHandler<GroupCreated>, INotificationHandler<GroupRenamed>, INotificationHandler<GroupTakenOver>,
      INotificationHandler<GroupDeleted>, INotificationHandler<GroupMembersAdded>, INotificationHandler<GroupMembersRemoved>,
      INotificationHandler<LicenseAssigned>, INotificationHandler<LicenseReleased>, INotificationHandler<LicensePoolExhausted>
{
    public ValueTask Handle(UserProvisioned notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(UserUpdated notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(UserDeactivated notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(UserReactivated notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(UserUnlinked notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(UserDeleted notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(ScimRequestFailed notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(ScimDirectoryDeleted notification, CancellationToken cancellationToken) =>
        RecordAsync(() => ProvisioningEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupCreated notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupRenamed notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupTakenOver notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupDeleted notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupMembersAdded notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(GroupMembersRemoved notification, CancellationToken cancellationToken) =>
        RecordAsync(() => GroupEventMapper.Map(notification, message.MessageId), cancellationToken);

    public ValueTask Handle(LicenseAssigned notification, CancellationToken cancellationToken) =>
        RecordLicenseAsync(notification.AccountId, notification.UserId, name => LicenseEventMapper.Map(notification, message.MessageId, name), cancellationToken);

    public ValueTask Handle(LicenseReleased notification, CancellationToken cancellationToken) =>
        RecordLicenseAsync(notification.AccountId, notification.UserId, name => LicenseEventMapper.Map(notification, message.MessageId, name), cancellationToken);

    public ValueTask Handle(LicensePoolExhausted notification, CancellationToken cancellationToken) =>
        RecordAsync(() => LicenseEventMapper.Map(notification, message.MessageId), cancellationToken);

    /// <summary>Licence notifications carry only the user id; the name comes from the user's latest history line.</summary>
    private async ValueTask RecordLicenseAsync(Guid accountId, Guid userId, Func<string, ProvisioningEvent> map, CancellationToken ct)
    {
        var name = await db.ProvisioningEvents.Where(e => e.AccountId == accountId && e.ResourceId == userId && e.ResourceType == "USER")
            .OrderByDescending(e => e.Time).Select(e => e.DisplayName).FirstOrDefaultAsync(ct);
        await RecordAsync(() => map(name ?? userId.ToString()), ct);
    }

    private async ValueTask RecordAsync(Func<ProvisioningEvent> map, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, nameof(ProvisioningEventHandler), time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        ProvisioningEvent? entry = null;
        try
        {
            entry = map();
        }
        catch (Exception ex) when (ex is ArgumentException or NullReferenceException or InvalidOperationException)
        {
            // A malformed notification must not block the outbox behind it: log it and mark it handled.
            logger.LogWarning(ex, "Skipped malformed provisioning notification {MessageId}", message.MessageId);
        }

        if (entry is { AccountId: var account } && account == Guid.Empty)
        {
            logger.LogWarning("Skipped provisioning notification {MessageId} without an account", message.MessageId);
            entry = null;
        }

        if (entry is not null)
        {
            db.ProvisioningEvents.Add(entry);
        }

        await DeliveryBatch.SaveChangesAsync(db, ct);
    }
}

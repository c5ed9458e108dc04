using CatoScim.Events.Provisioning;
using CatoScim.Licensing.Contracts.Rules;
using CatoScim.Licensing.Contracts.Seats;
using Mediator;

namespace CatoScim.Events.Notifications;

/// <summary>Every Licensing notification Events consumes: seat changes go into the same provisioning history.</summary>
internal sealed class LicensingNotificationsHandler(ProvisioningEventRecorder history)
    : INotificationHandler<LicenseAssigned>, INotificationHandler<LicenseReleased>, INotificationHandler<LicensePoolExhausted>,
      INotificationHandler<LicenseRuleOrphaned>
{
    public ValueTask Handle(LicenseAssigned notification, CancellationToken cancellationToken) =>
        history.RecordLicenseAsync(notification.AccountId, notification.UserId, (id, name) => LicenseEventMapper.Map(notification, id, name), cancellationToken);

    public ValueTask Handle(LicenseReleased notification, CancellationToken cancellationToken) =>
        history.RecordLicenseAsync(notification.AccountId, notification.UserId, (id, name) => LicenseEventMapper.Map(notification, id, name), cancellationToken);

    public ValueTask Handle(LicensePoolExhausted notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => LicenseEventMapper.Map(notification, id), cancellationToken);

    public ValueTask Handle(LicenseRuleOrphaned notification, CancellationToken cancellationToken) =>
        history.RecordAsync(id => LicenseEventMapper.Map(notification, id), cancellationToken);
}

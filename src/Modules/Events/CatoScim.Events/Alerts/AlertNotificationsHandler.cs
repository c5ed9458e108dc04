using CatoScim.Directory.Contracts.Scim;
using CatoScim.Licensing.Contracts.Seats;
using Mediator;

namespace CatoScim.Events.Alerts;

/// <summary>The notifications alerts are raised from, beside the ones Events records as history.</summary>
internal sealed class AlertNotificationsHandler(DirectoryAlerts directories, TokenCopyWriter tokens, LicensePoolAlerts pool)
    : INotificationHandler<ScimDirectoryHealthChanged>, INotificationHandler<ScimDirectoryDeleted>,
      INotificationHandler<ScimTokenIssued>, INotificationHandler<ScimTokenRevoked>, INotificationHandler<ScimTokenReplaced>,
      INotificationHandler<LicensePoolExhausted>
{
    /// <summary>The inbox name of every alert consumer; each notification type reaches exactly one of them.</summary>
    public const string Consumer = "AlertNotificationsHandler";

    public ValueTask Handle(ScimDirectoryHealthChanged notification, CancellationToken cancellationToken) =>
        directories.HealthChangedAsync(notification, cancellationToken);

    public ValueTask Handle(ScimDirectoryDeleted notification, CancellationToken cancellationToken) =>
        directories.DeletedAsync(notification, cancellationToken);

    public ValueTask Handle(ScimTokenIssued notification, CancellationToken cancellationToken) =>
        tokens.IssuedAsync(notification, cancellationToken);

    public ValueTask Handle(ScimTokenRevoked notification, CancellationToken cancellationToken) =>
        tokens.RevokedAsync(notification, cancellationToken);

    public ValueTask Handle(ScimTokenReplaced notification, CancellationToken cancellationToken) =>
        tokens.ReplacedAsync(notification, cancellationToken);

    public ValueTask Handle(LicensePoolExhausted notification, CancellationToken cancellationToken) =>
        pool.ExhaustedAsync(notification, cancellationToken);
}

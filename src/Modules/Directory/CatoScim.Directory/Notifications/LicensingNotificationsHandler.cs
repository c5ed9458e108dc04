using CatoScim.Directory.Licenses;
using CatoScim.Licensing.Contracts.Seats;
using Mediator;

namespace CatoScim.Directory.Notifications;

/// <summary>Every Licensing notification Directory consumes: a user's licence status, for the user list's filter.</summary>
internal sealed class LicensingNotificationsHandler(UserLicenseCopyWriter licenses) : INotificationHandler<UserLicenseStatusChanged>
{
    public async ValueTask Handle(UserLicenseStatusChanged notification, CancellationToken cancellationToken) =>
        await licenses.ApplyAsync(notification, cancellationToken);
}

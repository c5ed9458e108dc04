using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserDeactivatedHandler(UserCopyWriter writer) : INotificationHandler<UserDeactivated>
{
    public async ValueTask Handle(UserDeactivated notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserDeactivatedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);
}

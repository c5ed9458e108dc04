using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserReactivatedHandler(UserCopyWriter writer) : INotificationHandler<UserReactivated>
{
    public async ValueTask Handle(UserReactivated notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserReactivatedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);
}

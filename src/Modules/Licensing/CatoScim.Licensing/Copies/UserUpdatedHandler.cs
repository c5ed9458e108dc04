using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserUpdatedHandler(UserCopyWriter writer) : INotificationHandler<UserUpdated>
{
    public async ValueTask Handle(UserUpdated notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserUpdatedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);
}

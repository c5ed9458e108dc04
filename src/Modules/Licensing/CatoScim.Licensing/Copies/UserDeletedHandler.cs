using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserDeletedHandler(UserCopyWriter writer) : INotificationHandler<UserDeleted>
{
    public async ValueTask Handle(UserDeleted notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserDeletedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deleted, deleted: true, cancellationToken);
}

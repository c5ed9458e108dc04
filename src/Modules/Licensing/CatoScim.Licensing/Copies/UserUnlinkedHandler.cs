using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserUnlinkedHandler(UserCopyWriter writer) : INotificationHandler<UserUnlinked>
{
    public async ValueTask Handle(UserUnlinked notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserUnlinkedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Unlinked, cancellationToken);
}

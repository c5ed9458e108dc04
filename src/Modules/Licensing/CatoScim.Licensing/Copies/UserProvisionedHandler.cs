using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Seats;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class UserProvisionedHandler(UserCopyWriter writer) : INotificationHandler<UserProvisioned>
{
    public async ValueTask Handle(UserProvisioned notification, CancellationToken cancellationToken) =>
        await writer.ApplyAsync(nameof(UserProvisionedHandler), notification.User, notification.OccurredAt, LicenseReleaseReasons.Deactivated, cancellationToken);
}

using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class GroupCreatedHandler(GroupCopyWriter writer) : INotificationHandler<GroupCreated>
{
    public async ValueTask Handle(GroupCreated notification, CancellationToken cancellationToken) =>
        await writer.UpsertAsync(nameof(GroupCreatedHandler), notification.Group, cancellationToken);
}

using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class GroupDeletedHandler(GroupCopyWriter writer) : INotificationHandler<GroupDeleted>
{
    public async ValueTask Handle(GroupDeleted notification, CancellationToken cancellationToken) =>
        await writer.DeleteAsync(nameof(GroupDeletedHandler), notification.Group, cancellationToken);
}

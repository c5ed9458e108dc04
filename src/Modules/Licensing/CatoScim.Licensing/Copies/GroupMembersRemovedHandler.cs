using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class GroupMembersRemovedHandler(GroupCopyWriter writer) : INotificationHandler<GroupMembersRemoved>
{
    public async ValueTask Handle(GroupMembersRemoved notification, CancellationToken cancellationToken) =>
        await writer.RemoveMembersAsync(nameof(GroupMembersRemovedHandler), notification.Group, notification.UserIds, cancellationToken);
}

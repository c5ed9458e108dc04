using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class GroupMembersAddedHandler(GroupCopyWriter writer) : INotificationHandler<GroupMembersAdded>
{
    public async ValueTask Handle(GroupMembersAdded notification, CancellationToken cancellationToken) =>
        await writer.AddMembersAsync(nameof(GroupMembersAddedHandler), notification.Group, notification.UserIds, cancellationToken);
}

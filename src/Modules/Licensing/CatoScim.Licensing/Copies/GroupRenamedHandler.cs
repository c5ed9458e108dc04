using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

internal sealed class GroupRenamedHandler(GroupCopyWriter writer) : INotificationHandler<GroupRenamed>
{
    public async ValueTask Handle(GroupRenamed notification, CancellationToken cancellationToken) =>
        await writer.UpsertAsync(nameof(GroupRenamedHandler), notification.Group, cancellationToken);
}

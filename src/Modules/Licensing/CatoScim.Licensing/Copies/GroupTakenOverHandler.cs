using CatoScim.Directory.Contracts.Groups;
using Mediator;

namespace CatoScim.Licensing.Copies;

/// <summary>Same group id, new owner: memberships it changed follow as added/removed batches, so only the copy is refreshed.</summary>
internal sealed class GroupTakenOverHandler(GroupCopyWriter writer) : INotificationHandler<GroupTakenOver>
{
    public async ValueTask Handle(GroupTakenOver notification, CancellationToken cancellationToken) =>
        await writer.UpsertAsync(nameof(GroupTakenOverHandler), notification.Group, cancellationToken);
}

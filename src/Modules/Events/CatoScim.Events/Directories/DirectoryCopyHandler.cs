using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;
using Mediator;

namespace CatoScim.Events.Directories;

/// <summary>Newest occurrence wins; a deleted directory keeps its name so its past events still read well.</summary>
internal sealed class DirectoryCopyHandler(EventsDbContext db, MessageContext message, TimeProvider time)
    : INotificationHandler<ScimDirectoryCreated>, INotificationHandler<ScimDirectoryUpdated>
{
    public ValueTask Handle(ScimDirectoryCreated notification, CancellationToken cancellationToken) =>
        UpsertAsync(notification.AccountId, notification.DirectoryId, notification.Name, notification.Provider, notification.OccurredAt, cancellationToken);

    public ValueTask Handle(ScimDirectoryUpdated notification, CancellationToken cancellationToken) =>
        UpsertAsync(notification.AccountId, notification.DirectoryId, notification.Name, notification.Provider, notification.OccurredAt, cancellationToken);

    private async ValueTask UpsertAsync(Guid accountId, Guid directoryId, string name, string provider, DateTime occurredAt, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, nameof(DirectoryCopyHandler), time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var copy = await db.Directories.FindAsync([directoryId], ct);
        if (copy is null)
        {
            db.Directories.Add(new DirectoryCopy { DirectoryId = directoryId, AccountId = accountId, Name = name, Provider = provider, AsOf = occurredAt });
        }
        else if (occurredAt >= copy.AsOf)
        {
            copy.Name = name;
            copy.Provider = provider;
            copy.AsOf = occurredAt;
        }

        await db.SaveChangesAsync(ct);
    }
}

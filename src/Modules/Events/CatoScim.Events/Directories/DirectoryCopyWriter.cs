using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;

namespace CatoScim.Events.Directories;

/// <summary>Newest occurrence wins; a deleted directory keeps its name so its past events still read well.</summary>
internal sealed class DirectoryCopyWriter(EventsDbContext db, MessageContext message, TimeProvider time)
{
    // The inbox keys rows by consumer name; this is the name of the handler class that kept the copy before, so a
    // message handled before an upgrade is still recognised after it.
    private const string Consumer = "DirectoryCopyHandler";

    public async ValueTask UpsertAsync(Guid accountId, Guid directoryId, string name, string provider, DateTime occurredAt, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, Consumer, time.GetUtcNow().UtcDateTime, ct))
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

using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;

namespace CatoScim.Events.Accounts;

/// <summary>Last writer by occurrence time wins, so an old redelivery never overwrites newer facts.</summary>
internal sealed class AccountCopyWriter(EventsDbContext db, MessageContext message, TimeProvider time)
{
    // The inbox keys rows by consumer name; this is the name of the handler class that kept the copy before, so a
    // message handled before an upgrade is still recognised after it.
    private const string Consumer = "AccountCopyHandler";

    /// <param name="consoleOrigin">The origin of the admin request that set the recipients, if one did.</param>
    public async ValueTask UpsertAsync(Guid accountId, string name, IReadOnlyList<string> recipients, string? consoleOrigin, DateTime occurredAt,
        CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var copy = await db.Accounts.FindAsync([accountId], ct);
        if (copy is null)
        {
            copy = new AccountCopy { AccountId = accountId, Name = name, AlertRecipients = [.. recipients], AsOf = occurredAt };
            db.Accounts.Add(copy);
        }
        else if (occurredAt >= copy.AsOf)
        {
            copy.Name = name;
            copy.AlertRecipients = [.. recipients];
            copy.AsOf = occurredAt;
        }

        // Its own clock: Events' settings mutations record the origin too, without a notification.
        copy.NoteConsoleOrigin(consoleOrigin, occurredAt);
        await db.SaveChangesAsync(ct);
    }
}

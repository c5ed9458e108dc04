using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Follows each directory's health into episodes: the first FAILING opens one and raises the failing alert, the next
/// HEALTHY closes it with the recovery alert. DEGRADED and IDLE in between change nothing, so a directory that wavers
/// between FAILING and DEGRADED alerts once.
/// </summary>
internal sealed class DirectoryAlerts(EventsDbContext db, MessageContext message, AlertRaiser raiser, AlertQueue queue, TimeProvider time)
{
    public async ValueTask HealthChangedAsync(ScimDirectoryHealthChanged n, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, AlertNotificationsHandler.Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var state = await db.DirectoryHealth.FindAsync([n.DirectoryId], ct);
        if (state is null)
        {
            state = new DirectoryHealthCopy { DirectoryId = n.DirectoryId, AccountId = n.AccountId, AsOf = n.OccurredAt };
            db.DirectoryHealth.Add(state);
        }
        else if (state.Status == DirectoryHealthCopy.Deleted || n.OccurredAt < state.AsOf)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        state.Status = n.Status;
        state.AsOf = n.OccurredAt;
        AlertRecord? alert = null;
        if (n.Status == ScimHealthStatuses.Failing && state.EpisodeId is null)
        {
            state.EpisodeId = message.MessageId;
            state.FailingSince = n.OccurredAt;
            var text = AlertTexts.DirectoryFailing(await raiser.ConsoleAsync(n.AccountId, ct), await raiser.AccountNameAsync(n.AccountId, ct),
                n.DirectoryId, await raiser.DirectoryLabelAsync(n.DirectoryId, ct), n.OccurredAt, n.Reason, n.RequestsInWindow, n.FailuresInWindow);
            alert = await raiser.RaiseAsync(n.AccountId, AlertKind.DirectoryFailing, $"DIRECTORY_FAILING:{n.DirectoryId}:{message.MessageId}",
                n.DirectoryId, n.OccurredAt, text, ct);
        }
        else if (n.Status == ScimHealthStatuses.Healthy && state.EpisodeId is { } episode)
        {
            var text = AlertTexts.DirectoryRecovered(await raiser.ConsoleAsync(n.AccountId, ct), await raiser.AccountNameAsync(n.AccountId, ct),
                n.DirectoryId, await raiser.DirectoryLabelAsync(n.DirectoryId, ct), state.FailingSince ?? n.OccurredAt, n.OccurredAt);
            alert = await raiser.RaiseAsync(n.AccountId, AlertKind.DirectoryRecovered, $"DIRECTORY_RECOVERED:{n.DirectoryId}:{episode}",
                n.DirectoryId, n.OccurredAt, text, ct);
            state.EpisodeId = null;
            state.FailingSince = null;
        }

        await db.SaveChangesAsync(ct);
        if (alert is not null)
        {
            queue.EnqueueAfterCommit(alert);
        }
    }

    /// <summary>A deleted directory's open episode ends without a recovery email, and its tokens need no more warnings.</summary>
    public async ValueTask DeletedAsync(ScimDirectoryDeleted n, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, AlertNotificationsHandler.Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var state = await db.DirectoryHealth.FindAsync([n.DirectoryId], ct);
        if (state is null)
        {
            state = new DirectoryHealthCopy { DirectoryId = n.DirectoryId, AccountId = n.AccountId };
            db.DirectoryHealth.Add(state);
        }

        state.Status = DirectoryHealthCopy.Deleted;
        state.EpisodeId = null;
        state.FailingSince = null;
        state.AsOf = n.OccurredAt > state.AsOf ? n.OccurredAt : state.AsOf;
        db.Tokens.RemoveRange(await db.Tokens.Where(t => t.DirectoryId == n.DirectoryId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}

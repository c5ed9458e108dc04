using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Raises a warning for each kept token that expires within its account's warning horizon, at most once a day per
/// token: `LastWarnedAt` holds the hour of the last warning, and the next is due 24 hours after it.
/// </summary>
internal sealed class TokenExpiryScanner(EventsDbContext db, AlertRaiser raiser, AlertQueue queue, TimeProvider time)
{
    public async Task<int> ScanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Whole hours, so an hourly job that starts a few seconds earlier tomorrow still finds the token due.
        var hour = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var warnedBefore = hour.AddDays(-1);
        var horizon = now.AddDays(AlertSettings.MaxTokenWarningDays);
        var candidates = await db.Tokens.AsNoTracking()
            .Where(t => t.ExpiresAt > now && t.ExpiresAt <= horizon && (t.LastWarnedAt == null || t.LastWarnedAt <= warnedBefore))
            .OrderBy(t => t.ExpiresAt).ToListAsync(ct);
        var accounts = candidates.Select(t => t.AccountId).Distinct().ToList();
        var days = await db.AlertSettings.AsNoTracking().Where(s => accounts.Contains(s.AccountId))
            .ToDictionaryAsync(s => s.AccountId, s => s.TokenWarningDays, ct);
        var raised = 0;
        foreach (var token in candidates.Where(t => t.ExpiresAt <= now.AddDays(days.GetValueOrDefault(t.AccountId, AlertSettings.DefaultTokenWarningDays))))
        {
            if (await WarnAsync(token, now, hour, ct) is { } alert)
            {
                queue.Enqueue(alert);
                raised++;
            }

            db.ChangeTracker.Clear();
        }

        return raised;
    }

    private async Task<AlertRecord?> WarnAsync(TokenCopy token, DateTime now, DateTime hour, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The conditional update is the claim: of two scans at once (a retry, a second host) one moves LastWarnedAt.
        var claimed = await db.Tokens.Where(t => t.TokenId == token.TokenId && t.LastWarnedAt == token.LastWarnedAt)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastWarnedAt, hour), ct);
        if (claimed != 1)
        {
            return null;
        }

        var text = AlertTexts.TokenExpiring(await raiser.ConsoleAsync(token.AccountId, ct), await raiser.AccountNameAsync(token.AccountId, ct),
            await raiser.DirectoryLabelAsync(token.DirectoryId, ct), token.Prefix, token.ExpiresAt!.Value, now);
        var alert = await raiser.RaiseAsync(token.AccountId, AlertKind.TokenExpiring, $"TOKEN_EXPIRING:{token.TokenId}:{hour:yyyyMMddHH}",
            token.DirectoryId, now, text, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return alert;
    }
}

using CatoScim.Events.Accounts;
using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Digests;

/// <summary>Claims a window (the unique row is the lock), sends its email, and records the outcome.</summary>
internal sealed class DigestSender(
    EventsDbContext db, DigestContentBuilder builder, MailSender mail, TimeProvider time, ILogger<DigestSender> logger)
{
    /// <returns>False only when this run claimed the window and could not send it.</returns>
    public async Task<bool> ClaimAndSendAsync(AccountCopy account, DateTime start, DateTime end, CancellationToken ct)
    {
        var content = await builder.BuildAsync(account.Name, account.AccountId, start, end, ct);
        var sendable = account.DigestEnabled && account.AlertRecipients.Count > 0 && content.Succeeded + content.Failed > 0;
        var record = new DigestRecord
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.AccountId,
            WindowStart = start,
            WindowEnd = end,
            Recipients = sendable ? [.. account.AlertRecipients] : [],
            Succeeded = content.Succeeded,
            Failed = content.Failed,
            Status = sendable ? DigestStatus.Pending : DigestStatus.Skipped,
            ClaimedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Digests.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A unique violation: another run (retry, late run, second host) owns this window.
            if (!await ClaimedElsewhereAsync(account.AccountId, start, ct))
            {
                throw;
            }

            logger.LogInformation("Digest {Account} {Window:o} is owned by another run", account.AccountId, start);
            return true;
        }

        return !sendable || await SendAsync(record, content, ct);
    }

    /// <summary>Resends a FAILED (or abandoned PENDING) record that this run has just re-claimed.</summary>
    public async Task<bool> ResendAsync(DigestRecord record, string accountName, CancellationToken ct)
    {
        var content = await builder.BuildAsync(accountName, record.AccountId, record.WindowStart, record.WindowEnd, ct);
        return await SendAsync(record, content, ct);
    }

    private async Task<bool> SendAsync(DigestRecord record, DigestContent content, CancellationToken ct)
    {
        record.Attempts++;
        bool sent;
        try
        {
            await mail.SendAsync(DigestRenderer.Render(content, mail.From, record.Recipients), ct);
            record.Status = DigestStatus.Sent;
            record.SentAt = time.GetUtcNow().UtcDateTime;
            record.Error = null;
            sent = true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Type and message only: MailKit messages carry the server's reply, never our credentials.
            record.Status = DigestStatus.Failed;
            record.Error = Clip($"{ex.GetType().Name}: {ex.Message}");
            logger.LogWarning("Digest {Account} {Window:o} could not be sent (attempt {Attempt}): {Error}",
                record.AccountId, record.WindowStart, record.Attempts, record.Error);
            sent = false;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }

    private async Task<bool> ClaimedElsewhereAsync(Guid accountId, DateTime start, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Digests.AnyAsync(d => d.AccountId == accountId && d.WindowStart == start, ct);
    }

    private static string Clip(string value) => value.Length <= DigestRecord.ErrorMax ? value : value[..DigestRecord.ErrorMax];
}

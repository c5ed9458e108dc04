using CatoScim.Events.Accounts;
using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CatoScim.Events.Digests;

/// <summary>
/// Claims a window (the unique row is the lock) together with every event of the account no digest has taken yet up
/// to the window's end, sends its email, and records the outcome.
/// </summary>
internal sealed class DigestSender(
    EventsDbContext db, DigestContentBuilder builder, ConsoleOrigins origins, MailSender mail, DigestMetrics metrics, TimeProvider time,
    ILogger<DigestSender> logger)
{
    /// <param name="notBefore">Older events are past the retention horizon and never reported.</param>
    /// <returns>False only when this run claimed the window and could not send it.</returns>
    public async Task<bool> ClaimAndSendAsync(AccountCopy account, DateTime start, DateTime end, DateTime notBefore, CancellationToken ct)
    {
        var record = new DigestRecord
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.AccountId,
            WindowStart = start,
            WindowEnd = end,
            Status = DigestStatus.Pending,
            ClaimedAt = time.GetUtcNow().UtcDateTime,
        };
        DigestContent content;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Digests.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // A unique violation: another run (retry, late run, second host) owns this window.
                await transaction.RollbackAsync(CancellationToken.None);
                if (!await ClaimedElsewhereAsync(account.AccountId, start, ct))
                {
                    throw;
                }

                logger.LogInformation("Digest {Account} {Window:o} is owned by another run", account.AccountId, start);
                return true;
            }

            await db.ProvisioningEvents
                .Where(e => e.AccountId == account.AccountId && e.DigestId == null && e.Time >= notBefore && e.Time < end)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.DigestId, record.Id), ct);
            content = await builder.BuildAsync(account.Name, account.AccountId, record.Id, start, end, origins.For(account), ct);
            var sendable = account.DigestEnabled && account.AlertRecipients.Count > 0 && content.Succeeded + content.Failed > 0;
            record.Recipients = sendable ? [.. account.AlertRecipients] : [];
            record.Succeeded = content.Succeeded;
            record.Failed = content.Failed;
            record.Status = sendable ? DigestStatus.Pending : DigestStatus.Skipped;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (content.Late > 0)
        {
            logger.LogInformation("Digest {Account} {Window:o} carries {Late} late events", account.AccountId, start, content.Late);
        }

        if (record.Status == DigestStatus.Skipped)
        {
            metrics.Count(record.Status);
            return true;
        }

        return await SendAsync(record, content, ct);
    }

    /// <summary>
    /// Resends a FAILED (or abandoned PENDING) record that this run has just re-claimed, to the account's recipients as
    /// they are now: an address removed since the first attempt gets nothing.
    /// </summary>
    public async Task<bool> ResendAsync(DigestRecord record, AccountCopy account, CancellationToken ct)
    {
        if (!account.DigestEnabled || account.AlertRecipients.Count == 0)
        {
            record.Status = DigestStatus.Skipped;
            record.Recipients = [];
            await db.SaveChangesAsync(CancellationToken.None);
            metrics.Count(record.Status);
            return true;
        }

        record.Recipients = [.. account.AlertRecipients];
        var content = await builder.BuildAsync(account.Name, record.AccountId, record.Id, record.WindowStart, record.WindowEnd, origins.For(account), ct);
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
        metrics.Count(record.Status);
        return sent;
    }

    private async Task<bool> ClaimedElsewhereAsync(Guid accountId, DateTime start, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Digests.AnyAsync(d => d.AccountId == accountId && d.WindowStart == start, ct);
    }

    private static string Clip(string value) => value.Length <= DigestRecord.ErrorMax ? value : value[..DigestRecord.ErrorMax];
}

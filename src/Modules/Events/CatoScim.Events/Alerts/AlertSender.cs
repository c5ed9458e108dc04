using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CatoScim.Events.Alerts;

/// <summary>Claims one alert, then sends it to the account's recipients as they are now, or records why it is skipped.</summary>
internal sealed class AlertSender(
    EventsDbContext db, MailSender mail, AlertMetrics metrics, IOptions<EventsOptions> options, TimeProvider time, ILogger<AlertSender> logger)
{
    public async Task SendAsync(Guid alertId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var stale = now.AddMinutes(-Math.Max(1, options.Value.Alerts.StaleClaimMinutes));
        // The conditional update is the claim: of two jobs for one alert (a retry, a re-enqueue by the scan) one wins.
        var claimed = await db.Alerts
            .Where(a => a.Id == alertId && (a.Status == AlertStatus.Queued || a.Status == AlertStatus.Failed
                || (a.Status == AlertStatus.Sending && a.ClaimedAt < stale)))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AlertStatus.Sending).SetProperty(a => a.ClaimedAt, now), ct);
        if (claimed != 1)
        {
            logger.LogInformation("Alert {AlertId} is already sent or skipped, being sent by another job, or gone", alertId);
            return;
        }

        var alert = await db.Alerts.SingleAsync(a => a.Id == alertId, ct);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == alert.AccountId, ct);
        var settings = await db.AlertSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AccountId == alert.AccountId, ct) ?? new AlertSettings();
        var skip = !settings.IsOn(alert.Kind) ? "Alerts of this kind are off in the account's alert settings."
            : account is not { AlertRecipients.Count: > 0 } ? "The account has no alert recipients."
            : null;
        if (skip is not null)
        {
            alert.Status = AlertStatus.Skipped;
            alert.SkipReason = skip;
            alert.Recipients = [];
            await db.SaveChangesAsync(CancellationToken.None);
            return;
        }

        alert.Recipients = [.. account!.AlertRecipients];
        alert.Attempts++;
        try
        {
            await mail.SendAsync(Message(alert), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Type and message only: MailKit messages carry the server's reply, never our credentials.
            alert.Status = AlertStatus.Failed;
            alert.Error = Clip($"{ex.GetType().Name}: {ex.Message}");
            await db.SaveChangesAsync(CancellationToken.None);
            throw new InvalidOperationException($"Alert {alertId} could not be sent (attempt {alert.Attempts}): {alert.Error}", ex);
        }

        alert.Status = AlertStatus.Sent;
        alert.SentAt = time.GetUtcNow().UtcDateTime;
        alert.Error = null;
        await db.SaveChangesAsync(CancellationToken.None);
        metrics.Sent(alert.Kind);
    }

    private MimeMessage Message(AlertRecord alert)
    {
        // Alerts recorded before emails had an HTML part go out as they were written: plain text only.
        var message = new MimeMessage
        {
            Subject = alert.Subject,
            Body = alert.Html is { } html ? new BodyBuilder { TextBody = alert.Body, HtmlBody = html }.ToMessageBody() : new TextPart("plain") { Text = alert.Body },
        };
        message.From.Add(mail.From);
        message.To.AddRange(alert.Recipients.Select(MailboxAddress.Parse));
        return message;
    }

    private static string Clip(string value) => value.Length <= AlertRecord.ErrorMax ? value : value[..AlertRecord.ErrorMax];
}

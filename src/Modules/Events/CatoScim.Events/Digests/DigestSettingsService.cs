using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Events.Accounts;
using CatoScim.Events.Audit;
using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CatoScim.Events.Digests;

internal sealed class DigestSettingsService(EventsDbContext db, IAccountAdministration accounts, MailSender mail, TestEmailLimiter limiter, TimeProvider time)
{
    public async Task<DigestSettings> GetAsync(Guid accountId, CancellationToken ct)
    {
        var copy = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        return new DigestSettings(copy?.DigestEnabled ?? true, copy?.AlertRecipients ?? []);
    }

    /// <param name="consoleOrigin">Where this admin request reached us: the digest's links use it without `PublicOrigin`.</param>
    public async Task<DigestSettings> UpdateAsync(AccountScope scope, UpdateDigestSettingsInput input, string? consoleOrigin, CancellationToken ct)
    {
        var accountId = scope.AccountId;
        // Directory owns the recipients and validates them first, so a refused list leaves the digest settings unchanged.
        // Events' copy follows through the AccountUpdated notification; the payload shows what Directory saved.
        var saved = input.Recipients is { } recipients
            ? await accounts.UpdateAlertRecipientsAsync(accountId, recipients, "input.recipients", scope.Principal.KeyId, scope.Principal.KeyPrefix, scope.Principal.ClientAddress, ct)
            : null;
        var copy = await AccountCopies.FindOrAddAsync(db, accountId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        copy.NoteConsoleOrigin(consoleOrigin, now);
        if (input.Enabled is { } enabled && enabled != copy.DigestEnabled)
        {
            copy.DigestEnabled = enabled;
            AuditTrail.Record(db, AdminChangeAudited.By(scope.Principal, EventsAuditActions.DigestSettingsUpdated, EventsAuditTargets.DigestSettings,
                accountId.ToString(), ["enabled"], now));
        }

        await db.SaveChangesAsync(ct);
        return new DigestSettings(copy.DigestEnabled, saved ?? copy.AlertRecipients);
    }

    public async Task<DigestList> ListAsync(Guid accountId, PagingInput paging, CancellationToken ct)
    {
        var digests = db.Digests.AsNoTracking().Where(d => d.AccountId == accountId && d.Status != DigestStatus.Skipped);
        var (total, items) = await ReadSnapshot.RunAsync(db, async () =>
            (await digests.CountAsync(ct), await digests.OrderByDescending(d => d.WindowStart).Skip(paging.From).Take(paging.Limit).ToListAsync(ct)), ct);
        return new DigestList(items, new PageInfo(total));
    }

    public async Task<TestDigestEmailPayload> SendTestAsync(Guid accountId, CancellationToken ct)
    {
        var copy = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        if (copy is not { AlertRecipients.Count: > 0 })
        {
            throw GraphQLErrors.Validation(field: null, "The account has no alert recipients; set them with updateAccount(input: {alertRecipients}).");
        }

        limiter.Claim(accountId);
        var message = new MimeMessage
        {
            Subject = $"[{copy.Name}] CatoScim test email",
            Body = new TextPart("plain") { Text = "This is a test of the CatoScim provisioning digest email. No action is needed." },
        };
        message.From.Add(mail.From);
        try
        {
            message.To.AddRange(copy.AlertRecipients.Select(MailboxAddress.Parse));
            await mail.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is ParseException or MailKit.ProtocolException or MailKit.CommandException or IOException
            or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException)
        {
            throw GraphQLErrors.Validation(field: null, $"The test email could not be sent: {ex.GetType().Name}: {ex.Message}");
        }

        return new TestDigestEmailPayload(true, copy.AlertRecipients);
    }
}

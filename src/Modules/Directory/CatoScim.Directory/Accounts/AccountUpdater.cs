using System.Net.Mail;
using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Text;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountUpdater(DirectoryDbContext db, TimeProvider time)
{
    public const int MaxRecipients = 50;

    /// <param name="recipientsField">Where the caller's client wrote the recipients: errors about them name this path.</param>
    /// <param name="consoleOrigin">Where the admin request reached us, passed on with new recipients for their emails' links.</param>
    public async Task<Account> UpdateAsync(AccountScope scope, UpdateAccountInput input, string recipientsField, string? consoleOrigin, CancellationToken ct)
    {
        var account = await db.Accounts.SingleAsync(a => a.Id == scope.AccountId, ct);
        // Everything is validated before the tracked account changes, so a refusal leaves nothing staged.
        var name = input.Name?.Trim();
        if (name is { Length: 0 or > Account.NameMaxLength })
        {
            throw GraphQLErrors.Validation("input.name", $"name needs 1 to {Account.NameMaxLength} characters.");
        }

        if (name is not null && Label.HasControlCharacters(name))
        {
            throw GraphQLErrors.Validation("input.name", Label.ControlCharactersRefused("name"));
        }

        if (input.UserIdentity is { } identity && identity != UserIdentity.Email && account.ScimEnabled)
        {
            throw GraphQLErrors.Validation("input.userIdentity", "SCIM provisioning is enabled and needs EMAIL user identity; disable SCIM first.");
        }

        var recipients = input.AlertRecipients is { } raw ? ValidateRecipients(raw, recipientsField) : null;
        var changed = ChangedFields.Of(
            ("name", name is not null && name != account.Name),
            ("userIdentity", input.UserIdentity is { } newIdentity && newIdentity != account.UserIdentity),
            ("alertRecipients", recipients is not null && !recipients.SequenceEqual(account.AlertRecipients, StringComparer.Ordinal)));
        account.Name = name ?? account.Name;
        account.UserIdentity = input.UserIdentity ?? account.UserIdentity;
        account.AlertRecipients = recipients ?? account.AlertRecipients;

        var now = time.GetUtcNow().UtcDateTime;
        account.Touch(now, scope.Principal.Actor);
        db.Publish(new AccountUpdated(account.Id, account.Name, account.UserIdentity.ToString().ToUpperInvariant(), account.AlertRecipients, now,
            recipients is null ? null : consoleOrigin), now);
        if (changed.Count > 0)
        {
            db.Audit(scope, DirectoryAuditActions.AccountUpdated, DirectoryAuditTargets.Account, account.Id, changed, now);
        }

        await db.SaveChangesAsync(ct);
        return account;
    }

    private static List<string> ValidateRecipients(List<string> recipients, string field)
    {
        if (recipients.Count > MaxRecipients)
        {
            throw GraphQLErrors.Validation(field, $"alertRecipients holds at most {MaxRecipients} addresses.");
        }

        var result = new List<string>();
        foreach (var (raw, i) in recipients.Select((r, i) => (r, i)))
        {
            var value = raw.Trim();
            if (!MailAddress.TryCreate(value, out var address) || address.Address != value || value.Length > 254)
            {
                throw GraphQLErrors.Validation($"{field}[{i}]", $"alertRecipients: '{raw}' is not an email address.");
            }

            if (!result.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(value);
            }
        }

        return result;
    }
}

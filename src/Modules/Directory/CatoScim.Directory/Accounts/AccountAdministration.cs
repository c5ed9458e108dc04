using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountAdministration(AccountProvisioner provisioner, AccountUpdater updater, DirectoryDbContext db, TimeProvider time) : IAccountAdministration
{
    public async Task<CreatedAccount> CreateAsync(string name, string actor, CancellationToken ct)
    {
        var (account, key) = await provisioner.CreateAsync(name, actor, ct);
        return new CreatedAccount(account.Id, account.Name, key.Key.Id, key.Secret);
    }

    public async Task<CreatedAccount?> BootstrapAsync(CancellationToken ct) =>
        await provisioner.BootstrapAsync(ct) is var (account, key) ? new CreatedAccount(account.Id, account.Name, key.Key.Id, key.Secret) : null;

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var accounts = await db.Accounts.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.ScimEnabled,
                a.CreatedAt,
                a.CreatedBy,
                ActiveKeys = db.ApiKeys.Count(k => k.AccountId == a.Id && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now)),
            })
            .ToListAsync(ct);
        return [.. accounts.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new AccountSummary(a.Id, a.Name, a.ScimEnabled, a.CreatedAt, a.CreatedBy, a.ActiveKeys))];
    }

    public async Task<IReadOnlyList<string>> UpdateAlertRecipientsAsync(Guid accountId, IReadOnlyList<string> recipients, string recipientsField, Guid apiKeyId,
        string apiKeyPrefix, string? clientAddress, CancellationToken ct)
    {
        // The caller passed an EDITOR-only mutation of this account; the role is not part of the audit record.
        var principal = new AdminPrincipal(accountId, AdminRole.Editor, apiKeyId, apiKeyPrefix) { ClientAddress = clientAddress };
        var account = await updater.UpdateAsync(new AccountScope(accountId, principal), new UpdateAccountInput { AlertRecipients = [.. recipients] }, recipientsField, ct);
        return account.AlertRecipients;
    }
}

using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountAdministration(AccountProvisioner provisioner, DirectoryDbContext db, TimeProvider time) : IAccountAdministration
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
}

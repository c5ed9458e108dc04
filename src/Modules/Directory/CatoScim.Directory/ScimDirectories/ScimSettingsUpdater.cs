using CatoScim.Directory.Accounts;
using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimSettingsUpdater(DirectoryDbContext db, ScimCredentialCache cache, TimeProvider time)
{
    public async Task<ScimSettings> GetAsync(Guid accountId, CancellationToken ct) =>
        new(await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.ScimEnabled).SingleAsync(ct));

    public async Task<ScimSettings> UpdateAsync(AccountScope scope, bool enabled, CancellationToken ct)
    {
        var account = await db.Accounts.SingleAsync(a => a.Id == scope.AccountId, ct);
        if (enabled && account.UserIdentity != UserIdentity.Email)
        {
            throw GraphQLErrors.Validation("input.enabled", "SCIM needs EMAIL user identity (IdPs send email user names); set userIdentity to EMAIL first.");
        }

        if (account.ScimEnabled != enabled)
        {
            var now = time.GetUtcNow().UtcDateTime;
            account.ScimEnabled = enabled;
            account.Touch(now, scope.Principal.Actor);
            db.Audit(scope, enabled ? DirectoryAuditActions.ScimEnabled : DirectoryAuditActions.ScimDisabled, DirectoryAuditTargets.ScimSettings,
                account.Id, ["enabled"], now);
            await db.SaveChangesAsync(ct);
        }

        // After the commit, so no request can reload the old state into the cache in between.
        cache.InvalidateAll();
        return new ScimSettings(account.ScimEnabled);
    }
}

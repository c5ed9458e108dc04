using CatoScim.Directory.Auditing;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyAdministration(DirectoryDbContext db, ApiKeyIssuer issuer) : IAdminKeyAdministration
{
    public async Task<IssuedAdminKey?> IssueAsync(Guid accountId, string name, AdminRole role, DateTime? expiresAt, string actor, CancellationToken ct)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, ct))
        {
            return null;
        }

        var issued = issuer.Stage(accountId, name, role, expiresAt, AuditActor.Operator(actor));
        await db.SaveChangesAsync(ct);
        return new IssuedAdminKey(issued.Key.Id, issued.Key.Role, issued.Secret);
    }

    public async Task<bool> RevokeAsync(Guid accountId, Guid keyId, string actor, CancellationToken ct) =>
        await issuer.RevokeAsync(accountId, keyId, AuditActor.Operator(actor), ct) is not null;

    public async Task<IReadOnlyList<AdminKeySummary>?> ListAsync(Guid accountId, CancellationToken ct)
    {
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, ct))
        {
            return null;
        }

        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == accountId).ToListAsync(ct);
        return [.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id)
            .Select(k => new AdminKeySummary(k.Id, k.Name, k.Role, k.Prefix, k.CreatedAt, k.CreatedBy, k.ExpiresAt, k.LastUsedAt, k.RevokedAt))];
    }
}

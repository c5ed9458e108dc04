using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyAuthenticator(DirectoryDbContext db, TimeProvider time) : IAdminKeyAuthenticator
{
    /// <summary>Last-used is a hint for admins, so it is written at most once a minute per key, not on every call.</summary>
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    public async Task<AdminPrincipal?> AuthenticateAsync(string? presented, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200)
        {
            return null;
        }

        // Lookup by SHA-256 of the secret: the comparison happens on hashes, so timing reveals nothing usable.
        var hash = Secrets.Hash(presented.Trim());
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.SecretHash == hash, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (key is null || !key.IsActive(now))
        {
            return null;
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedGranularity)
        {
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
        }

        return new AdminPrincipal(key.AccountId, key.Role, key.Id, key.Prefix);
    }
}

using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyIssuer(DirectoryDbContext db, ApiKeyLifetime lifetime, TimeProvider time)
{
    /// <summary>
    /// Stages a new key in the context; the caller's SaveChanges stores it. `creatorExpiresAt` is the expiry of the
    /// API key that asks for this one (null for the operator CLI and first start).
    /// </summary>
    /// <exception cref="ArgumentException">The name is too long, or the expiry is not acceptable (see <see cref="ApiKeyLifetime"/>).</exception>
    public IssuedApiKey Stage(Guid accountId, string name, AdminRole role, DateTime? expiresAt, string actor, DateTime? creatorExpiresAt = null)
    {
        var trimmed = name?.Trim();
        if (trimmed?.Length > ApiKey.NameMaxLength)
        {
            // SQLite would store it whole and SQL Server would refuse the row; both must answer the same.
            throw new ArgumentException($"name has at most {ApiKey.NameMaxLength} characters.", nameof(name));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var expiry = lifetime.ExpiryFor(expiresAt, now, creatorExpiresAt);

        var (secret, prefix, hash) = Secrets.Generate("csk");
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Name = string.IsNullOrEmpty(trimmed) ? "api key" : trimmed,
            Prefix = prefix,
            SecretHash = hash,
            Role = role,
            CreatedAt = now,
            CreatedBy = actor,
            ExpiresAt = expiry,
        };
        db.ApiKeys.Add(key);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The expiry of the key a GraphQL caller authenticated with.</summary>
    public Task<DateTime?> ExpiryOfAsync(Guid keyId, CancellationToken ct) =>
        db.ApiKeys.Where(k => k.Id == keyId).Select(k => k.ExpiresAt).SingleOrDefaultAsync(ct);

    public async Task<ApiKey?> RevokeAsync(Guid accountId, Guid keyId, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.AccountId == accountId, ct);
        if (key is null)
        {
            return null;
        }

        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return key;
    }
}

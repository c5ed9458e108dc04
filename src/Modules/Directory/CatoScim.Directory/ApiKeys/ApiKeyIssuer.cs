using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Text;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyIssuer(DirectoryDbContext db, ApiKeyLifetime lifetime, TimeProvider time)
{
    /// <summary>
    /// Stages a new key and its audit record in the context; the caller's SaveChanges stores both. `creatorExpiresAt` is
    /// the expiry of the API key that asks for this one (null for the operator CLI and first start).
    /// </summary>
    /// <exception cref="ArgumentException">The name is too long, or the expiry is not acceptable (see <see cref="ApiKeyLifetime"/>).</exception>
    public IssuedApiKey Stage(Guid accountId, string name, AdminRole role, DateTime? expiresAt, AuditActor actor, DateTime? creatorExpiresAt = null)
    {
        var trimmed = name?.Trim();
        if (trimmed?.Length > ApiKey.NameMaxLength)
        {
            // SQLite would store it whole and SQL Server would refuse the row; both must answer the same.
            throw new ArgumentException($"name has at most {ApiKey.NameMaxLength} characters.", nameof(name));
        }

        if (trimmed is not null && Label.HasControlCharacters(trimmed))
        {
            throw new ArgumentException(Label.ControlCharactersRefused("name"), nameof(name));
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
            CreatedBy = actor.Name,
            UpdatedAt = now,
            UpdatedBy = actor.Name,
            ExpiresAt = expiry,
        };
        db.ApiKeys.Add(key);
        db.Audit(actor, accountId, DirectoryAuditActions.ApiKeyCreated, DirectoryAuditTargets.ApiKey, key.Id,
            ["name", "role", "expiresAt"], now);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The expiry of the key a GraphQL caller authenticated with.</summary>
    public Task<DateTime?> ExpiryOfAsync(Guid keyId, CancellationToken ct) =>
        db.ApiKeys.Where(k => k.Id == keyId).Select(k => k.ExpiresAt).SingleOrDefaultAsync(ct);

    public async Task<ApiKey?> RevokeAsync(Guid accountId, Guid keyId, AuditActor actor, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.AccountId == accountId, ct);
        if (key is null)
        {
            return null;
        }

        if (key.RevokedAt is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            key.RevokedAt = now;
            key.Touch(now, actor.Name);
            db.Audit(actor, accountId, DirectoryAuditActions.ApiKeyRevoked, DirectoryAuditTargets.ApiKey, key.Id, ["revokedAt"], now);
            await db.SaveChangesAsync(ct);
        }

        return key;
    }
}

using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ApiKeys;

internal sealed class ApiKeyIssuer(DirectoryDbContext db, TimeProvider time)
{
    /// <summary>Stages a new key in the context; the caller's SaveChanges stores it.</summary>
    public IssuedApiKey Stage(Guid accountId, string name, AdminRole role, DateTime? expiresAt, string actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expiresAt is { } expiry && expiry.ToUniversalTime() <= now)
        {
            throw new ArgumentException("expiresAt must be in the future.", nameof(expiresAt));
        }

        var (secret, prefix, hash) = Secrets.Generate("csk");
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Name = string.IsNullOrWhiteSpace(name) ? "api key" : name.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            Role = role,
            CreatedAt = now,
            CreatedBy = actor,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        db.ApiKeys.Add(key);
        return new IssuedApiKey(key, secret);
    }

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

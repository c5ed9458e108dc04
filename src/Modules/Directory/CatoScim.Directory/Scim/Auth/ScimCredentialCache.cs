using System.Collections.Concurrent;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// Per-directory credentials held for a few seconds. Changes made through this process (token revoked, SCIM
/// disabled, directory deleted) invalidate at once; another host sees them within <see cref="Lifetime"/>.
/// </summary>
internal sealed class ScimCredentialCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<Guid, ScimCredentials?> _entries = new();

    public async Task<ScimCredentials?> GetAsync(DirectoryDbContext db, Guid directoryId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_entries.TryGetValue(directoryId, out var cached) && cached is not null && now - cached.LoadedAt < Lifetime)
        {
            return cached;
        }

        var directory = await db.ScimDirectories.AsNoTracking()
            .Where(d => d.Id == directoryId)
            .Select(d => new { d.AccountId, Enabled = db.Accounts.Where(a => a.Id == d.AccountId).Select(a => a.ScimEnabled).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (directory is null)
        {
            return null;
        }

        var tokens = await db.ScimTokens.AsNoTracking()
            .Where(t => t.DirectoryId == directoryId && t.RevokedAt == null)
            .Select(t => new ScimCredentials.Token(t.Id, t.SecretHash, t.ExpiresAt))
            .ToListAsync(ct);
        var entry = new ScimCredentials(directory.AccountId, directory.Enabled, tokens, now);
        _entries[directoryId] = entry;
        return entry;
    }

    public void Invalidate(Guid directoryId) => _entries.TryRemove(directoryId, out _);

    public void InvalidateAll() => _entries.Clear();
}

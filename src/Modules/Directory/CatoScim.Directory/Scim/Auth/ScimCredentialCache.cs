using System.Collections.Concurrent;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// Per-directory credentials held for a few seconds. Changes made through this process (token revoked, SCIM
/// disabled, directory deleted) invalidate at once; another host sees them within <see cref="Lifetime"/>.
/// An entry remembers the generation it was read under and is used only while that generation is current, so a
/// refill that started before a revocation can never serve the revoked credential afterwards. Unknown directory
/// ids are remembered too (up to <see cref="MaxUnknown"/>), so guessing ids costs no query each time.
/// Tokens revoked or expired within <see cref="RefusalMemory"/> are kept (at most <see cref="MaxRevoked"/> revoked
/// ones) so that a refusal can say why; older ones are simply unknown.
/// </summary>
internal sealed class ScimCredentialCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    public const int MaxUnknown = 10_000;
    public const int MaxRevoked = 20;
    public static readonly TimeSpan RefusalMemory = TimeSpan.FromDays(90);

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();
    private readonly ConcurrentDictionary<Guid, long> _generations = new();
    private long _globalGeneration;
    private int _unknownCount;

    public async Task<ScimCredentials?> GetAsync(DirectoryDbContext db, Guid directoryId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var generation = Generation(directoryId);
        if (_entries.TryGetValue(directoryId, out var cached) && cached.Generation == generation && now - cached.LoadedAt < Lifetime)
        {
            return cached.Credentials;
        }

        var credentials = await LoadAsync(db, directoryId, now, ct);
        Store(directoryId, new Entry(credentials, generation, now));
        return credentials;
    }

    /// <summary>The entry only if it could be served without a query; a throttled address gets nothing more.</summary>
    public bool TryGetFresh(Guid directoryId, out ScimCredentials? credentials)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fresh = _entries.TryGetValue(directoryId, out var cached) && cached.Generation == Generation(directoryId) && now - cached.LoadedAt < Lifetime;
        credentials = fresh ? cached!.Credentials : null;
        return fresh;
    }

    public void Invalidate(Guid directoryId)
    {
        _generations.AddOrUpdate(directoryId, 1, (_, g) => g + 1);
        Remove(directoryId);
    }

    public void InvalidateAll()
    {
        Interlocked.Increment(ref _globalGeneration);
        foreach (var key in _entries.Keys)
        {
            Remove(key);
        }
    }

    private (long Global, long Directory) Generation(Guid directoryId) =>
        (Interlocked.Read(ref _globalGeneration), _generations.TryGetValue(directoryId, out var g) ? g : 0);

    private void Store(Guid directoryId, Entry entry)
    {
        var wasUnknown = _entries.TryGetValue(directoryId, out var previous) && previous.Credentials is null;
        var isUnknown = entry.Credentials is null;
        if (isUnknown && !wasUnknown)
        {
            if (Volatile.Read(ref _unknownCount) >= MaxUnknown)
            {
                // Full: forget the directory rather than keep credentials it no longer has.
                _entries.TryRemove(directoryId, out _);
                return;
            }

            Interlocked.Increment(ref _unknownCount);
        }
        else if (!isUnknown && wasUnknown)
        {
            Interlocked.Decrement(ref _unknownCount);
        }

        _entries[directoryId] = entry;
    }

    private void Remove(Guid directoryId)
    {
        if (_entries.TryRemove(directoryId, out var removed) && removed.Credentials is null)
        {
            Interlocked.Decrement(ref _unknownCount);
        }
    }

    private static async Task<ScimCredentials?> LoadAsync(DirectoryDbContext db, Guid directoryId, DateTime now, CancellationToken ct)
    {
        var directory = await db.ScimDirectories.AsNoTracking()
            .Where(d => d.Id == directoryId)
            .Select(d => new { d.AccountId, Enabled = db.Accounts.Where(a => a.Id == d.AccountId).Select(a => a.ScimEnabled).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        var since = now - RefusalMemory;
        var tokens = await db.ScimTokens.AsNoTracking()
            .Where(t => t.DirectoryId == directoryId && ((t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > since)) || t.RevokedAt > since))
            .Select(t => new { t.Id, t.AccountId, t.SecretHash, t.ExpiresAt, t.RevokedAt })
            .ToListAsync(ct);
        var revoked = tokens.Where(t => t.RevokedAt != null).OrderByDescending(t => t.RevokedAt).Take(MaxRevoked).Select(t => t.SecretHash).ToList();
        if (directory is null)
        {
            // Deleting a directory revokes its tokens and removes its row; the token rows still say whose it was.
            return revoked.Count == 0 ? null : new ScimCredentials(tokens[0].AccountId, false, [], revoked, Deleted: true, now);
        }

        var active = tokens.Where(t => t.RevokedAt == null).Select(t => new ScimCredentials.Token(t.Id, t.SecretHash, t.ExpiresAt)).ToList();
        return new ScimCredentials(directory.AccountId, directory.Enabled, active, revoked, Deleted: false, now);
    }

    private sealed record Entry(ScimCredentials? Credentials, (long Global, long Directory) Generation, DateTime LoadedAt);
}

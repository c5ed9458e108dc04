using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Health;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimDirectoryReader(DirectoryDbContext db, TimeProvider time)
{
    /// <summary>
    /// The account's directories (or just <paramref name="only"/>) in six queries, whatever their number. Without
    /// <paramref name="countUsers"/> every directory's UserCount is 0: the caller does not show it.
    /// </summary>
    public async Task<List<ScimDirectoryView>> ListAsync(Guid accountId, Guid? only, CancellationToken ct, bool countUsers = true)
    {
        var directories = await db.ScimDirectories.AsNoTracking()
            .Where(d => d.AccountId == accountId && (only == null || d.Id == only))
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            .ToListAsync(ct);
        if (directories.Count == 0)
        {
            return [];
        }

        // By the directory index alone (no user row is read): a directory's users are always of its account.
        var ids = directories.Select(d => (Guid?)d.Id).ToList();
        var userCounts = !countUsers ? [] : await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.DirectoryId))
            .GroupBy(u => u.DirectoryId)
            .Select(g => new { DirectoryId = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.DirectoryId, x => x.Count, ct);
        var groupCounts = await db.Groups.AsNoTracking()
            .Where(g => g.AccountId == accountId && g.DirectoryId != null && (only == null || g.DirectoryId == only))
            .GroupBy(g => g.DirectoryId)
            .Select(g => new { DirectoryId = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(x => x.DirectoryId, x => x.Count, ct);
        var tokens = (await db.ScimTokens.AsNoTracking()
            .Where(t => t.AccountId == accountId && (only == null || t.DirectoryId == only))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(ct)).ToLookup(t => t.DirectoryId);
        var health = await ScimHealthReader.LoadAsync(db, [.. directories.Select(d => d.Id)], tokens, time.GetUtcNow().UtcDateTime, ct);
        return directories
            .Select(d => new ScimDirectoryView(d, userCounts.GetValueOrDefault(d.Id), groupCounts.GetValueOrDefault(d.Id), tokens[d.Id].ToList(), health[d.Id]))
            .ToList();
    }
}

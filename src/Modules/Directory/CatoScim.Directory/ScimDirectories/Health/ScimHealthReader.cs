using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Tokens;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ScimDirectories.Health;

/// <summary>Health for a list of directories in two queries: their rows, and their hour buckets of the last 24 hours.</summary>
internal static class ScimHealthReader
{
    public static async Task<Dictionary<Guid, ScimHealthView>> LoadAsync(
        DirectoryDbContext db, List<Guid> directoryIds, ILookup<Guid, ScimToken> tokens, DateTime now, CancellationToken ct)
    {
        var rows = await db.ScimHealth.AsNoTracking().Where(h => directoryIds.Contains(h.DirectoryId)).ToDictionaryAsync(h => h.DirectoryId, ct);
        // The current hour and the 23 before it.
        var since = ScimTrafficBucket.StartOf(now, ScimTrafficBucket.Hour).AddHours(-23);
        var day = await db.ScimTrafficBuckets.AsNoTracking()
            .Where(b => b.Minutes == ScimTrafficBucket.Hour && b.Start >= since && directoryIds.Contains(b.DirectoryId))
            .GroupBy(b => b.DirectoryId)
            .Select(g => new { g.Key, Requests = g.Sum(b => b.Requests), Failures = g.Sum(b => b.Failures) })
            .ToDictionaryAsync(x => x.Key, ct);
        return directoryIds.ToDictionary(id => id, id =>
        {
            var row = rows.GetValueOrDefault(id);
            var counts = day.GetValueOrDefault(id);
            var own = tokens[id].ToList();
            return new ScimHealthView(
                row?.Status ?? ScimHealthStatuses.NeverConnected,
                Utc(row?.LastRequestAt),
                Utc(row?.LastSuccessAt),
                Utc(row?.LastFailureAt),
                row?.LastFailureReason,
                counts?.Requests ?? 0,
                counts?.Failures ?? 0,
                Utc(own.Where(t => t.IsActive(now) && t.ExpiresAt is not null).Min(t => t.ExpiresAt)),
                Utc(own.Max(t => t.LastUsedAt)));
        });
    }

    public static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}

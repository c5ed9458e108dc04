using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Health;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// Adds flushed traffic to the health rows, the minute and hour buckets, the tokens' last use and the directories'
/// last request. Every statement merges (sums, earliest or latest time), so hosts sharing the database each add
/// their own increments. A directory deleted meanwhile gets nothing written.
/// </summary>
internal static class ScimHealthWriter
{
    public static async Task WriteAsync(DirectoryDbContext db, IReadOnlyList<TrafficDelta> deltas, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var delta in deltas)
        {
            if (!await MergeHealthAsync(db, delta, now, ct))
            {
                continue;
            }

            if (delta.Requests > 0)
            {
                await ScimBucketWriter.AddAsync(db, delta, ScimTrafficBucket.StartOf(now, ScimTrafficBucket.Minute), ScimTrafficBucket.Minute, ct);
                await ScimBucketWriter.AddAsync(db, delta, ScimTrafficBucket.StartOf(now, ScimTrafficBucket.Hour), ScimTrafficBucket.Hour, ct);
            }

            foreach (var (tokenId, usedAt) in delta.Tokens)
            {
                await db.ScimTokens.Where(t => t.Id == tokenId && (t.LastUsedAt == null || t.LastUsedAt < usedAt))
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, usedAt), ct);
            }

            if (delta.LastAuthenticatedAt is { } authenticated)
            {
                await db.ScimDirectories.Where(d => d.Id == delta.DirectoryId && (d.LastRequestAt == null || d.LastRequestAt < authenticated))
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastRequestAt, authenticated), ct);
            }
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task<bool> MergeHealthAsync(DirectoryDbContext db, TrafficDelta delta, DateTime now, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await UpdateHealthAsync(db, delta, ct) == 1)
            {
                return true;
            }

            if (!await db.ScimDirectories.AnyAsync(d => d.Id == delta.DirectoryId, ct))
            {
                return false;
            }

            db.ScimHealth.Add(new ScimDirectoryHealth
            {
                DirectoryId = delta.DirectoryId,
                AccountId = delta.AccountId,
                Status = ScimHealthStatuses.NeverConnected,
                StatusChangedAt = now,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt == 0)
            {
                // Another host inserted the row first: merge into theirs.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static async Task<int> UpdateHealthAsync(DirectoryDbContext db, TrafficDelta d, CancellationToken ct)
    {
        var row = db.ScimHealth.Where(h => h.DirectoryId == d.DirectoryId);
        if (d.LastRequestAt is null && d.LastAuthenticatedAt is null)
        {
            return await row.AnyAsync(ct) ? 1 : 0;
        }

        return await row.ExecuteUpdateAsync(s =>
        {
            // Statement semantics: every right-hand side reads the row as it was, so the reason is compared with the old time.
            if (d.LastRequestAt is { } request)
            {
                s.SetProperty(h => h.LastRequestAt, h => h.LastRequestAt == null || h.LastRequestAt < request ? request : h.LastRequestAt);
            }

            if (d.LastAuthenticatedAt is { } authenticated)
            {
                s.SetProperty(h => h.LastAuthenticatedAt, h => h.LastAuthenticatedAt == null || h.LastAuthenticatedAt < authenticated ? authenticated : h.LastAuthenticatedAt);
            }

            if (d.LastSuccessAt is { } success)
            {
                s.SetProperty(h => h.LastSuccessAt, h => h.LastSuccessAt == null || h.LastSuccessAt < success ? success : h.LastSuccessAt);
            }

            if (d.LastFailureAt is { } failure)
            {
                var reason = d.LastFailureReason;
                s.SetProperty(h => h.LastFailureReason, h => h.LastFailureAt == null || h.LastFailureAt <= failure ? reason : h.LastFailureReason);
                s.SetProperty(h => h.LastFailureAt, h => h.LastFailureAt == null || h.LastFailureAt < failure ? failure : h.LastFailureAt);
            }
        }, ct);
    }
}

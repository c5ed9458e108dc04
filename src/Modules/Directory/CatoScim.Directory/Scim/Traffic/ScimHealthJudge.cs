using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Health;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// Judges the status of every directory whose status could have changed (new traffic, or time passing: FAILING and
/// DEGRADED ones, HEALTHY ones about to turn IDLE) and records each change with its <see cref="ScimDirectoryHealthChanged"/>
/// in one transaction. The row is changed only if it still has the status that was judged, so when two hosts judge
/// the same change, one of them records it.
/// </summary>
internal static class ScimHealthJudge
{
    public static async Task JudgeAsync(DirectoryDbContext db, IReadOnlyCollection<Guid> touched, DateTime now, ScimHealthOptions options, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var idleBefore = now - options.IdleAfter;
        var rows = await db.ScimHealth.AsNoTracking()
            .Where(h => touched.Contains(h.DirectoryId) || h.Status == ScimHealthStatuses.Failing || h.Status == ScimHealthStatuses.Degraded
                || (h.Status == ScimHealthStatuses.Healthy && h.LastRequestAt <= idleBefore))
            .Where(h => db.ScimDirectories.Any(d => d.Id == h.DirectoryId))
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return;
        }

        var window = await CountsAsync(db, [.. rows.Select(r => r.DirectoryId)], now - options.FailingWindow, ct);
        var changes = new List<(ScimDirectoryHealth Row, string Status)>();
        foreach (var row in rows)
        {
            var counts = window.GetValueOrDefault(row.DirectoryId);
            var status = ScimHealthRules.Judge(new ScimHealthInputs(row.Status, row.RecoveredAt, row.LastRequestAt, row.LastAuthenticatedAt,
                row.LastSuccessAt, row.LastFailureAt, counts.Requests, counts.Failures, counts.FirstFailureAt), now, options);
            if (status != row.Status)
            {
                changes.Add((row, status));
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        var degradedWindow = await CountsAsync(db, [.. changes.Select(c => c.Row.DirectoryId)], now - options.DegradedWindow, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (row, status) in changes)
        {
            var leavesFailing = row.Status == ScimHealthStatuses.Failing;
            var updated = await db.ScimHealth.Where(h => h.DirectoryId == row.DirectoryId && h.Status == row.Status)
                .ExecuteUpdateAsync(s =>
                {
                    s.SetProperty(h => h.Status, status).SetProperty(h => h.StatusChangedAt, now);
                    if (leavesFailing)
                    {
                        s.SetProperty(h => h.RecoveredAt, now);
                    }
                }, ct);
            if (updated == 1)
            {
                var counts = (status == ScimHealthStatuses.Failing ? window : degradedWindow).GetValueOrDefault(row.DirectoryId);
                var reason = status is ScimHealthStatuses.Failing or ScimHealthStatuses.Degraded ? row.LastFailureReason : null;
                db.Publish(new ScimDirectoryHealthChanged(row.AccountId, row.DirectoryId, row.Status, status, reason, counts.Requests, counts.Failures, now), now);
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<Dictionary<Guid, WindowCounts>> CountsAsync(DirectoryDbContext db, List<Guid> directories, DateTime since, CancellationToken ct)
    {
        var from = ScimTrafficBucket.StartOf(since, ScimTrafficBucket.Minute);
        return await db.ScimTrafficBuckets.AsNoTracking()
            .Where(b => b.Minutes == ScimTrafficBucket.Minute && b.Start >= from && directories.Contains(b.DirectoryId))
            .GroupBy(b => b.DirectoryId)
            .Select(g => new { g.Key, Requests = g.Sum(b => b.Requests), Failures = g.Sum(b => b.Failures), First = g.Min(b => b.FirstFailureAt) })
            .ToDictionaryAsync(x => x.Key, x => new WindowCounts(x.Requests, x.Failures, x.First), ct);
    }

    private readonly record struct WindowCounts(int Requests, int Failures, DateTime? FirstFailureAt);
}

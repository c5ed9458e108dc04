using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Health;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>Adds a flushed delta to one bucket, creating it if no host has yet.</summary>
internal static class ScimBucketWriter
{
    public static async Task AddAsync(DirectoryDbContext db, TrafficDelta d, DateTime start, int minutes, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var first = d.FirstFailureAt;
            var updated = await db.ScimTrafficBuckets.Where(b => b.DirectoryId == d.DirectoryId && b.Minutes == minutes && b.Start == start)
                .ExecuteUpdateAsync(s =>
                {
                    s.SetProperty(b => b.Requests, b => b.Requests + d.Requests).SetProperty(b => b.Failures, b => b.Failures + d.Failures);
                    if (first is { } f)
                    {
                        s.SetProperty(b => b.FirstFailureAt, b => b.FirstFailureAt == null || b.FirstFailureAt > f ? f : b.FirstFailureAt);
                    }
                }, ct);
            if (updated == 1)
            {
                return;
            }

            db.ScimTrafficBuckets.Add(new ScimTrafficBucket
            {
                DirectoryId = d.DirectoryId,
                Minutes = minutes,
                Start = start,
                Requests = d.Requests,
                Failures = d.Failures,
                FirstFailureAt = first,
            });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt == 0)
            {
                // Another host inserted the bucket first: add to theirs.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

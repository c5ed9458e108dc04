using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories.Health;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>Minute buckets are needed for the status windows, hour buckets for the last 24 hours; older ones go.</summary>
internal static class ScimTrafficRetention
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    public static async Task PurgeAsync(DirectoryDbContext db, DateTime now, ScimHealthOptions options, CancellationToken ct)
    {
        var minutesBefore = ScimTrafficBucket.StartOf(now - Max(options.FailingWindow, options.DegradedWindow), ScimTrafficBucket.Minute).AddMinutes(-1);
        var hoursBefore = ScimTrafficBucket.StartOf(now, ScimTrafficBucket.Hour).AddHours(-24);
        await db.ScimTrafficBuckets.Where(b => b.Minutes == ScimTrafficBucket.Minute && b.Start < minutesBefore).ExecuteDeleteAsync(ct);
        await db.ScimTrafficBuckets.Where(b => b.Minutes == ScimTrafficBucket.Hour && b.Start < hoursBefore).ExecuteDeleteAsync(ct);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

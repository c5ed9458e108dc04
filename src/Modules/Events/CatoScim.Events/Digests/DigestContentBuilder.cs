using System.Globalization;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Digests;

internal sealed class DigestContentBuilder(EventsDbContext db)
{
    public const int MaxFailureRows = 50;

    /// <summary>The events digest `digestId` claimed: its window's, and any that arrived late for an earlier window.</summary>
    public async Task<DigestContent> BuildAsync(string accountName, Guid accountId, Guid digestId, DateTime start, DateTime end, CancellationToken ct)
    {
        var window = db.ProvisioningEvents.AsNoTracking().Where(e => e.AccountId == accountId && e.DigestId == digestId);
        var late = await window.CountAsync(e => e.Time < start, ct);
        // Counts are of requests: an aggregated refusal line stands for Count of them.
        var counts = await window.GroupBy(e => new { e.DirectoryId, e.Operation, e.Action })
            .Select(g => new { g.Key.DirectoryId, g.Key.Operation, g.Key.Action, Count = g.Sum(e => e.Count), Lines = g.Count() }).ToListAsync(ct);
        var failures = await window.Where(e => e.Action == ProvisioningAction.Failure)
            .OrderBy(e => e.Time).ThenBy(e => e.Id).Take(MaxFailureRows).ToListAsync(ct);
        var disabled = await window.Where(e => e.Action == ProvisioningAction.Disabled)
            .OrderBy(e => e.Time).ThenBy(e => e.Id).Take(500).ToListAsync(ct);
        var failed = counts.Where(c => c.Action == ProvisioningAction.Failure).Sum(c => c.Count);
        var failureLines = counts.Where(c => c.Action == ProvisioningAction.Failure).Sum(c => c.Lines);
        var directoryIds = counts.Where(c => c.DirectoryId != null).Select(c => c.DirectoryId!.Value).Distinct().ToList();
        var names = await db.Directories.AsNoTracking().Where(d => d.AccountId == accountId && directoryIds.Contains(d.DirectoryId))
            .ToDictionaryAsync(d => d.DirectoryId, d => $"{d.Name} ({d.Provider})", ct);
        return new DigestContent
        {
            AccountName = accountName,
            WindowStart = start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            WindowEnd = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            Succeeded = counts.Sum(c => c.Count) - failed,
            Failed = failed,
            Disabled = counts.Where(c => c.Action == ProvisioningAction.Disabled).Sum(c => c.Count),
            Late = late,
            Directories = [.. counts.GroupBy(c => c.DirectoryId).OrderBy(g => g.Key?.ToString() ?? "").Select(g => new DigestDirectory
            {
                Name = g.Key is { } id ? names.GetValueOrDefault(id, $"Directory {id}") : "No directory",
                Counts = [.. g.OrderBy(c => c.Operation, StringComparer.Ordinal).ThenBy(c => c.Action)
                    .Select(c => new DigestCount { Operation = c.Operation, Action = Upper(c.Action), Count = c.Count })],
            })],
            Failures = [.. failures.Select(f => new DigestFailure
            {
                Time = f.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                Resource = Resource(f, names),
                ExternalId = f.ExternalId ?? "",
                Operation = f.Operation,
                Reason = f.Count > 1 ? f.Message : f.Reason ?? "",
                Status = f.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "",
            })],
            MoreFailures = Math.Max(0, failureLines - failures.Count),
            DisabledUsers = [.. disabled.Select(d => new DigestDisabledUser
            {
                Time = d.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture), UserName = d.DisplayName, ExternalId = d.ExternalId ?? "",
            })],
        };
    }

    /// <summary>A refusal line is about its directory, which it names as the digest's directory tables do.</summary>
    private static string Resource(ProvisioningEvent f, Dictionary<Guid, string> names) =>
        f.DisplayName.Length > 0 ? f.DisplayName
        : f.ResourceType == ProvisioningResourceTypes.Directory && f.DirectoryId is { } id && names.TryGetValue(id, out var name) ? name
        : f.ResourceId?.ToString() ?? f.ResourceType;

    private static string Upper(ProvisioningAction action) => action.ToString().ToUpperInvariant();
}

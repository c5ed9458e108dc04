using System.Globalization;
using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Digests;

internal sealed class DigestContentBuilder(EventsDbContext db)
{
    public const int MaxFailureRows = 50;

    private const string DisabledOperation = "USER_DEACTIVATED";

    /// <summary>The events digest `digestId` claimed: its window's, and any that arrived late for an earlier window.</summary>
    public async Task<DigestContent> BuildAsync(string accountName, Guid accountId, Guid digestId, DateTime start, DateTime end, ConsoleLinks console,
        CancellationToken ct)
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
        var disabledCount = counts.Where(c => c.Action == ProvisioningAction.Disabled).Sum(c => c.Count);
        var directoryIds = counts.Where(c => c.DirectoryId != null).Select(c => c.DirectoryId!.Value).Distinct().ToList();
        var names = await db.Directories.AsNoTracking().Where(d => d.AccountId == accountId && directoryIds.Contains(d.DirectoryId))
            .ToDictionaryAsync(d => d.DirectoryId, d => $"{d.Name} ({d.Provider})", ct);
        string Name(Guid id) => names.GetValueOrDefault(id, $"Directory {id}");
        var succeeded = counts.Sum(c => c.Count) - failed;
        return new DigestContent
        {
            AccountName = accountName,
            WindowStart = start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            WindowEnd = end.ToString("HH:mm", CultureInfo.InvariantCulture),
            Succeeded = succeeded,
            Failed = failed,
            Disabled = disabledCount,
            Totals = $"{succeeded} succeeded, {failed} failed, {EventWords.Of(DisabledOperation, ProvisioningAction.Disabled).Counted(disabledCount)}",
            Late = late,
            Directories = [.. counts.GroupBy(c => c.DirectoryId)
                .Select(g => new DigestDirectory
                {
                    Name = g.Key is { } id ? Name(id) : "No directory",
                    Summary = Summary(g.Select(c => (EventWords.Of(c.Operation, c.Action), c.Count))),
                    Link = g.Key is { } linked ? console.Events("Open in the console", start, end, linked) : null,
                })
                .OrderBy(d => d.Link is null).ThenBy(d => d.Name, StringComparer.Ordinal)],
            WindowLink = console.Events("All events of this digest in the console", start, end, null),
            HasOrigin = console.HasOrigin,
            Failures = [.. failures.Select(f => new DigestFailure
            {
                Reason = f.Reason is { Length: > 0 } reason ? EventWords.Reason(reason) : f.Message,
                What = f.Count > 1 ? EventWords.Of(f.Operation, f.Action).Counted(f.Count) : EventWords.Of(f.Operation, f.Action).Label,
                Resource = Resource(f),
                ExternalId = f.ExternalId ?? "",
                Directory = f.DirectoryId is { } id ? Name(id) : "",
                Time = f.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                Status = f.HttpStatus?.ToString(CultureInfo.InvariantCulture) ?? "",
            })],
            MoreFailures = Math.Max(0, failureLines - failures.Count),
            DisabledUsers = [.. disabled.Select(d => new DigestDisabledUser
            {
                Time = d.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture), UserName = d.DisplayName, ExternalId = d.ExternalId ?? "",
            })],
        };
    }

    /// <summary>Operations an admin calls the same (a PUT and a PATCH update) are one entry; entries in the vocabulary's order.</summary>
    private static string Summary(IEnumerable<(EventPhrase Phrase, int Count)> counts) => string.Join(" \u00b7 ", counts
        .GroupBy(c => c.Phrase)
        .OrderBy(g => g.Key.Rank).ThenBy(g => g.Key.One, StringComparer.Ordinal)
        .Select(g => g.Key.Counted(g.Sum(c => c.Count))));

    /// <summary>A refusal line is about its directory, which the Directory column names; other lines name their user or group.</summary>
    private static string Resource(ProvisioningEvent f) =>
        f.DisplayName.Length > 0 ? f.DisplayName
        : f.ResourceType == ProvisioningResourceTypes.Directory ? ""
        : f.ResourceId?.ToString() ?? f.ResourceType;
}

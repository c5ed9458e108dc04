using CatoScim.Events.Feed;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Timeline;

/// <summary>
/// `summary(timeFrame)`: the whole hours of the frame from the hourly counters, the partial hours at its edges from
/// the rows (each under an hour, found by the (AccountId, Time) index), so its cost follows the hours asked for, not
/// the size of the history. The counts are those of counting the rows.
/// </summary>
internal sealed class EventSummaryQuery(EventsDbContext db)
{
    public async Task<EventSummary> SummaryAsync(Guid accountId, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var range = CountedRange.Split(from is { } f ? EventFilters.Utc(f) : null, to is { } t ? EventFilters.Utc(t) : null);
        var counts = new List<(ProvisioningAction Action, string Operation, int Count)>();
        if (range.HasWholeHours)
        {
            var hours = db.HourlyCounts.AsNoTracking().Where(c => c.AccountId == accountId);
            if (range.WholeFrom is { } wholeFrom)
            {
                hours = hours.Where(c => c.HourStart >= wholeFrom);
            }

            if (range.WholeTo is { } wholeTo)
            {
                hours = hours.Where(c => c.HourStart < wholeTo);
            }

            var rows = await hours.GroupBy(c => new { c.Action, c.Operation })
                .Select(g => new { g.Key.Action, g.Key.Operation, Count = g.Sum(c => c.Count) }).ToListAsync(ct);
            counts.AddRange(rows.Select(r => (r.Action, r.Operation, r.Count)));
        }

        foreach (var (start, end) in range.Partial)
        {
            var rows = await db.ProvisioningEvents.AsNoTracking().Where(e => e.AccountId == accountId && e.Time >= start && e.Time < end)
                .GroupBy(e => new { e.Action, e.Operation })
                .Select(g => new { g.Key.Action, g.Key.Operation, Count = g.Count() }).ToListAsync(ct);
            counts.AddRange(rows.Select(r => (r.Action, r.Operation, r.Count)));
        }

        return new EventSummary(
            counts.Sum(c => c.Count),
            [.. counts.GroupBy(c => c.Action).Where(g => g.Sum(c => c.Count) > 0).OrderBy(g => g.Key)
                .Select(g => new ActionCount(g.Key, g.Sum(c => c.Count)))],
            [.. counts.GroupBy(c => StoredValueGraphType.OrOther(c.Operation, ProvisioningOperations.All), StringComparer.Ordinal)
                .Where(g => g.Sum(c => c.Count) > 0)
                .Select(g => new OperationCount(g.Key, g.Sum(c => c.Count)))
                .OrderByDescending(o => o.Count).ThenBy(o => o.Operation, StringComparer.Ordinal)]);
    }
}

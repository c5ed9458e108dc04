using CatoScim.Events.Feed;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Timeline;

/// <summary>`timeline(input)`: events per hour by action, read from the hourly counters only (one row per hour, action and key).</summary>
internal sealed class TimelineQuery(EventsDbContext db)
{
    public async Task<EventTimeline> GetAsync(Guid accountId, EventTimelineInput input, CancellationToken ct)
    {
        var from = EventFilters.Utc(input.From);
        var to = EventFilters.Utc(input.To);
        if (!HourlyDelta.IsWholeHour(from))
        {
            throw GraphQLErrors.Validation("input.from", "from must be a whole hour in UTC (no minutes, seconds or fractions).");
        }

        if (!HourlyDelta.IsWholeHour(to))
        {
            throw GraphQLErrors.Validation("input.to", "to must be a whole hour in UTC (no minutes, seconds or fractions).");
        }

        if (to <= from)
        {
            throw GraphQLErrors.Validation("input.to", "to must be after from.");
        }

        var hours = (int)Math.Min((to - from).TotalHours, int.MaxValue);
        if (hours > EventTimelineInput.MaxHours)
        {
            throw GraphQLErrors.Validation("input.to", $"The timeline covers at most {EventTimelineInput.MaxHours} hours (31 days); this range has {hours}.");
        }

        var counts = db.HourlyCounts.AsNoTracking().Where(c => c.AccountId == accountId && c.HourStart >= from && c.HourStart < to);
        if (input.DirectoryId is { } rawDirectory)
        {
            var directoryId = Guid.TryParse(rawDirectory, out var parsed) && parsed != EventHourlyCount.NoDirectory
                ? parsed
                : throw GraphQLErrors.Validation("input.directoryId", "directoryId is not a valid ID.");
            counts = counts.Where(c => c.DirectoryId == directoryId);
        }

        var rows = await counts.GroupBy(c => new { c.HourStart, c.Action })
            .Select(g => new { g.Key.HourStart, g.Key.Action, Count = g.Sum(c => c.Count) }).ToListAsync(ct);
        var byHour = rows.ToLookup(r => r.HourStart);
        return new EventTimeline([.. Enumerable.Range(0, hours).Select(h => from.AddHours(h)).Select(start =>
            new EventTimelineBucket(start, [.. byHour[start].Where(r => r.Count > 0).OrderBy(r => r.Action).Select(r => new ActionCount(r.Action, r.Count))]))]);
    }
}

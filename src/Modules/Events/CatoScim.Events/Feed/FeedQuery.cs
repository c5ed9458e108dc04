using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Feed;

internal sealed class FeedQuery(EventsDbContext db)
{
    public async Task<FeedPage> PageAsync(Guid accountId, FeedInput input, CancellationToken ct)
    {
        if (input.Limit is < 1 or > FeedInput.MaxLimit)
        {
            throw GraphQLErrors.Validation("input.limit", $"limit must be between 1 and {FeedInput.MaxLimit}.");
        }

        var events = EventFilters.Apply(db.ProvisioningEvents.AsNoTracking().Where(e => e.AccountId == accountId), input.Filter, "input.filter");
        var newestFirst = FeedSort.NewestFirst(input.Sort);
        if (!string.IsNullOrEmpty(input.Marker))
        {
            var (time, id) = FeedMarker.Decode(input.Marker, "input.marker");
            events = newestFirst
                ? events.Where(e => e.Time < time || (e.Time == time && e.Id.CompareTo(id) < 0))
                : events.Where(e => e.Time > time || (e.Time == time && e.Id.CompareTo(id) > 0));
        }

        events = newestFirst
            ? events.OrderByDescending(e => e.Time).ThenByDescending(e => e.Id)
            : events.OrderBy(e => e.Time).ThenBy(e => e.Id);
        var rows = await events.Take(input.Limit + 1).ToListAsync(ct);
        var hasMore = rows.Count > input.Limit;
        var items = hasMore ? rows[..input.Limit] : rows;
        var marker = items.Count == 0 ? input.Marker : new FeedMarker(items[^1].Time, items[^1].Id).Encode();
        return new FeedPage(items, marker, hasMore);
    }
}

using CatoScim.Events.Feed;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Audit;

/// <summary>Keyset paging on (occurredAt, id), like the provisioning feed: stable while new records arrive.</summary>
internal sealed class AuditFeedQuery(EventsDbContext db)
{
    public async Task<AuditFeedPage> PageAsync(Guid accountId, AuditFeedInput input, CancellationToken ct)
    {
        if (input.Limit is < 1 or > AuditFeedInput.MaxLimit)
        {
            throw GraphQLErrors.Validation("input.limit", $"limit must be between 1 and {AuditFeedInput.MaxLimit}.");
        }

        var records = Filter(db.AuditRecords.AsNoTracking().Where(r => r.AccountId == accountId), input.Filter);
        var newestFirst = FeedSort.NewestFirst(input.Sort);
        if (!string.IsNullOrEmpty(input.Marker))
        {
            var (time, id) = FeedMarker.Decode(input.Marker, "input.marker");
            records = newestFirst
                ? records.Where(r => r.OccurredAt < time || (r.OccurredAt == time && r.Id.CompareTo(id) < 0))
                : records.Where(r => r.OccurredAt > time || (r.OccurredAt == time && r.Id.CompareTo(id) > 0));
        }

        records = newestFirst
            ? records.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            : records.OrderBy(r => r.OccurredAt).ThenBy(r => r.Id);
        var rows = await records.Take(input.Limit + 1).ToListAsync(ct);
        var hasMore = rows.Count > input.Limit;
        var items = hasMore ? rows[..input.Limit] : rows;
        var marker = items.Count == 0 ? input.Marker : new FeedMarker(items[^1].OccurredAt, items[^1].Id).Encode();
        return new AuditFeedPage(items, marker, hasMore);
    }

    private static IQueryable<AuditRecord> Filter(IQueryable<AuditRecord> records, AuditFeedFilter? filter)
    {
        if (filter is null)
        {
            return records;
        }

        if (filter.From is { } from)
        {
            var f = EventFilters.Utc(from);
            records = records.Where(r => r.OccurredAt >= f);
        }

        if (filter.To is { } to)
        {
            var t = EventFilters.Utc(to);
            records = records.Where(r => r.OccurredAt < t);
        }

        if (filter.Actions is { Count: > 0 } actions)
        {
            var upper = actions.Select(a => a.ToUpperInvariant()).ToList();
            records = records.Where(r => upper.Contains(r.Action));
        }

        if (!string.IsNullOrWhiteSpace(filter.TargetType))
        {
            var targetType = filter.TargetType.Trim().ToUpperInvariant();
            records = records.Where(r => r.TargetType == targetType);
        }

        if (!string.IsNullOrWhiteSpace(filter.TargetId))
        {
            // Ids are recorded in Guid.ToString() form; any other spelling of the same GUID finds them too.
            var targetId = Guid.TryParse(filter.TargetId, out var guid) ? guid.ToString() : filter.TargetId.Trim();
            records = records.Where(r => r.TargetId == targetId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            records = records.Where(r => r.Actor == actor);
        }

        return records;
    }
}

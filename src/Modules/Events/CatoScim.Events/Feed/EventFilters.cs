using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Feed;

internal static class EventFilters
{
    public static IQueryable<ProvisioningEvent> Apply(IQueryable<ProvisioningEvent> events, FeedFilter? filter)
    {
        if (filter is null)
        {
            return events;
        }

        if (filter.From is { } from)
        {
            var f = Utc(from);
            events = events.Where(e => e.Time >= f);
        }

        if (filter.To is { } to)
        {
            var t = Utc(to);
            events = events.Where(e => e.Time < t);
        }

        if (filter.Actions is { Count: > 0 } actions)
        {
            events = events.Where(e => actions.Contains(e.Action));
        }

        if (filter.Operations is { Count: > 0 } operations)
        {
            var upper = operations.Select(o => o.ToUpperInvariant()).ToList();
            events = events.Where(e => upper.Contains(e.Operation));
        }

        if (filter.DirectoryId is { } rawDirectory)
        {
            var directoryId = ParseId(rawDirectory, "filter.directoryId");
            events = events.Where(e => e.DirectoryId == directoryId);
        }

        if (filter.ResourceId is { } rawResource)
        {
            var resourceId = ParseId(rawResource, "filter.resourceId");
            events = events.Where(e => e.ResourceId == resourceId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{filter.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            events = events.Where(e => EF.Functions.Like(e.DisplayName, pattern, "\\")
                || (e.ExternalId != null && EF.Functions.Like(e.ExternalId, pattern, "\\"))
                || EF.Functions.Like(e.Message, pattern, "\\"));
        }

        return events;
    }

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static Guid ParseId(string raw, string name) =>
        Guid.TryParse(raw, out var id) ? id : throw GraphQLErrors.Validation($"{name} is not a valid ID.");
}

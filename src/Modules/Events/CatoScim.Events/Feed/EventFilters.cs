using System.Linq.Expressions;
using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Feed;

internal static class EventFilters
{
    /// <param name="path">Where the client wrote the filter, e.g. `input.filter`; a refused id is named under it.</param>
    public static IQueryable<ProvisioningEvent> Apply(IQueryable<ProvisioningEvent> events, FeedFilter? filter, string path)
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

        events = AnyOf(events, filter.Operations, ProvisioningOperations.All, e => e.Operation);
        events = AnyOf(events, filter.ResourceTypes, ProvisioningResourceTypes.All, e => e.ResourceType);
        events = AnyOf(events, filter.Sources, ProvisioningSources.All, e => e.Source);

        if (filter.DirectoryId is { } rawDirectory)
        {
            var directoryId = ParseId(rawDirectory, path, "directoryId");
            events = events.Where(e => e.DirectoryId == directoryId);
        }

        if (filter.ResourceId is { } rawResource)
        {
            var resourceId = ParseId(rawResource, path, "resourceId");
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

    /// <summary>OTHER matches the stored values the enum does not list, as the feed shows them.</summary>
    private static IQueryable<ProvisioningEvent> AnyOf(IQueryable<ProvisioningEvent> events, List<string>? selected, IReadOnlyList<string> known,
        Expression<Func<ProvisioningEvent, string>> column)
    {
        if (selected is not { Count: > 0 })
        {
            return events;
        }

        var values = selected.Where(v => v != StoredValueGraphType.Other).Distinct(StringComparer.Ordinal).ToList();
        var others = selected.Contains(StoredValueGraphType.Other) ? known.ToList() : null;
        var e = column.Parameters[0];
        var contains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(string));
        Expression body = Expression.Call(contains, Expression.Constant(values, typeof(IEnumerable<string>)), column.Body);
        if (others is not null)
        {
            body = Expression.OrElse(body, Expression.Not(Expression.Call(contains, Expression.Constant(others, typeof(IEnumerable<string>)), column.Body)));
        }

        return events.Where(Expression.Lambda<Func<ProvisioningEvent, bool>>(body, e));
    }

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static Guid ParseId(string raw, string path, string name) =>
        Guid.TryParse(raw, out var id) ? id : throw GraphQLErrors.Validation($"{path}.{name}", $"filter.{name} is not a valid ID.");
}

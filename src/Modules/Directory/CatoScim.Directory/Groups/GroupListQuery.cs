using System.Linq.Expressions;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Groups;

/// <summary>The admin list's filter and sort as expressions EF translates to SQL.</summary>
internal static class GroupListQuery
{
    public static IQueryable<Group> Filter(IQueryable<Group> groups, GroupFilter? filter)
    {
        if (!string.IsNullOrWhiteSpace(filter?.Search))
        {
            var term = Group.Normalize(filter.Search.Trim());
            groups = groups.Where(g => g.DisplayNameNormalized.Contains(term));
        }

        if (filter?.Origin is { } origin)
        {
            groups = groups.Where(g => g.Origin == origin);
        }

        if (filter?.DirectoryId is not null)
        {
            // An id that is not a GUID matches no directory, like an unknown one.
            Guid? directoryId = Guid.TryParse(filter.DirectoryId, out var id) ? id : Guid.Empty;
            groups = groups.Where(g => g.DirectoryId == directoryId);
        }

        return groups;
    }

    /// <summary>Ends with the id so that pages never overlap or skip groups with equal keys.</summary>
    public static IQueryable<Group> Sort(IQueryable<Group> groups, GroupSort? sort)
    {
        var ascending = (sort?.Direction ?? SortDirection.Asc) == SortDirection.Asc;
        var ordered = (sort?.Field ?? GroupSortField.Name) switch
        {
            GroupSortField.MemberCount => Order(groups, g => g.MemberCount, ascending),
            GroupSortField.Created => Order(groups, g => g.CreatedAt, ascending),
            GroupSortField.Updated => Order(groups, g => g.UpdatedAt, ascending),
            _ => Order(groups, g => g.DisplayNameNormalized, ascending),
        };
        return ascending ? ordered.ThenBy(g => g.Id) : ordered.ThenByDescending(g => g.Id);
    }

    private static IOrderedQueryable<Group> Order<TKey>(IQueryable<Group> groups, Expression<Func<Group, TKey>> key, bool ascending) =>
        ascending ? groups.OrderBy(key) : groups.OrderByDescending(key);
}

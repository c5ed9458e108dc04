using CatoScim.Directory.Licenses;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

/// <summary>
/// The admin list's filter and sort as expressions EF translates to SQL; nothing is filtered in memory. A page walks the
/// list index in NAME order and tests each user (EXISTS stops as soon as the page is full); a count drives from the
/// smaller side instead, the group's or the licence status's rows (IN), rather than testing every user of the account.
/// </summary>
internal static class UserListQuery
{
    public static IQueryable<User> Filter(UserListTables tables, UserFilter? filter, bool counting = false)
    {
        var users = tables.Users;
        if (filter is null)
        {
            return users;
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            users = UserSearch.Apply(users, filter.Search, tables.IsSqlite);
        }

        if (filter.Status is { } status)
        {
            var active = status == UserStatus.Active;
            users = users.Where(u => u.Active == active);
        }

        if (filter.Origin is { } origin)
        {
            users = users.Where(u => u.Origin == origin);
        }

        if (filter.DirectoryId is not null)
        {
            // An id that is not a GUID matches no directory, like an unknown one.
            Guid? directoryId = Guid.TryParse(filter.DirectoryId, out var id) ? id : Guid.Empty;
            users = users.Where(u => u.DirectoryId == directoryId);
        }

        if (filter.Statuses is { Count: > 0 } statuses && statuses.Distinct().Count() == 1)
        {
            var active = statuses[0] == UserStatus.Active;
            users = users.Where(u => u.Active == active);
        }

        if (filter.GroupId is not null)
        {
            var groupId = Guid.TryParse(filter.GroupId, out var id) ? id : Guid.Empty;
            users = counting
                ? users.Where(u => tables.Members.Where(m => m.GroupId == groupId).Select(m => m.UserId).Contains(u.Id))
                : users.Where(u => tables.Members.Any(m => m.GroupId == groupId && m.UserId == u.Id));
        }

        if (filter.ExternalId is not null)
        {
            users = users.Where(u => u.ExternalId == filter.ExternalId);
        }

        return Times(Licenses(users, tables.Licenses, filter.LicenseStatuses, counting), filter);
    }

    /// <summary>A user without a licence copy is NONE, so asking for NONE keeps users unless their copy says otherwise.</summary>
    private static IQueryable<User> Licenses(IQueryable<User> users, IQueryable<UserLicenseCopy> licenses, List<string>? wanted, bool counting)
    {
        var statuses = wanted?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (statuses.Count == 0 || LicenseStatuses.All.All(statuses.Contains))
        {
            return users;
        }

        if (statuses.Contains(LicenseStatuses.None))
        {
            var others = LicenseStatuses.All.Except(statuses, StringComparer.Ordinal).ToList();
            return counting
                ? users.Where(u => !licenses.Where(l => others.Contains(l.Status)).Select(l => l.UserId).Contains(u.Id))
                : users.Where(u => !licenses.Any(l => l.UserId == u.Id && others.Contains(l.Status)));
        }

        return counting
            ? users.Where(u => licenses.Where(l => statuses.Contains(l.Status)).Select(l => l.UserId).Contains(u.Id))
            : users.Where(u => licenses.Any(l => l.UserId == u.Id && statuses.Contains(l.Status)));
    }

    private static IQueryable<User> Times(IQueryable<User> users, UserFilter filter)
    {
        if (filter.CreatedFrom?.ToUniversalTime() is { } createdFrom)
        {
            users = users.Where(u => u.CreatedAt >= createdFrom);
        }

        if (filter.CreatedBefore?.ToUniversalTime() is { } createdBefore)
        {
            users = users.Where(u => u.CreatedAt < createdBefore);
        }

        if (filter.UpdatedFrom?.ToUniversalTime() is { } updatedFrom)
        {
            users = users.Where(u => u.UpdatedAt >= updatedFrom);
        }

        if (filter.UpdatedBefore?.ToUniversalTime() is { } updatedBefore)
        {
            users = users.Where(u => u.UpdatedAt < updatedBefore);
        }

        return users;
    }

    /// <summary>Ends with the id so that pages never overlap or skip users with equal keys.</summary>
    public static IQueryable<User> Sort(IQueryable<User> users, UserSort? sort)
    {
        var field = sort?.Field ?? UserSortField.Name;
        var ascending = (sort?.Direction ?? SortDirection.Asc) == SortDirection.Asc;
        var ordered = field switch
        {
            UserSortField.Email => Order(users, u => u.EmailNormalized, ascending).ThenBy(u => u.UserNameNormalized),
            UserSortField.Created => Order(users, u => u.CreatedAt, ascending),
            UserSortField.Updated => Order(users, u => u.UpdatedAt, ascending),
            // The list index's order (IX_Directory_Users_AdminList), read forwards or backwards.
            _ => ascending
                ? users.OrderBy(u => u.FamilyNameUpper).ThenBy(u => u.GivenNameUpper).ThenBy(u => u.UserNameNormalized)
                : users.OrderByDescending(u => u.FamilyNameUpper).ThenByDescending(u => u.GivenNameUpper).ThenByDescending(u => u.UserNameNormalized),
        };
        return ascending ? ordered.ThenBy(u => u.Id) : ordered.ThenByDescending(u => u.Id);
    }

    private static IOrderedQueryable<User> Order<TKey>(IQueryable<User> users, System.Linq.Expressions.Expression<Func<User, TKey>> key, bool ascending) =>
        ascending ? users.OrderBy(key) : users.OrderByDescending(key);
}

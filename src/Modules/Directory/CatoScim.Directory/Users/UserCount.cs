using CatoScim.Directory.Persistence;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// The list's total, without counting the account's users where something smaller already says it: a last page counts
/// itself, a group keeps its member count, and Directory's licence copies are one index range per status.
/// </summary>
internal static class UserCount
{
    public static async Task<int> CountAsync(DirectoryDbContext db, UserListTables tables, Guid accountId, UserFilter? filter, PagingInput paging, int pageCount, CancellationToken ct)
    {
        // A page that is not full is the last one; an empty one past the start may only mean the offset is too far.
        if (pageCount < paging.Limit && (pageCount > 0 || paging.From == 0))
        {
            return paging.From + pageCount;
        }

        if (filter is not null && NothingElse(filter, group: true, licenses: false))
        {
            var groupId = Guid.TryParse(filter.GroupId, out var id) ? id : Guid.Empty;
            return await db.Groups.Where(g => g.Id == groupId && g.AccountId == accountId).Select(g => g.MemberCount).FirstOrDefaultAsync(ct);
        }

        if (filter is not null && NothingElse(filter, group: false, licenses: true))
        {
            var wanted = filter.LicenseStatuses!.Distinct(StringComparer.Ordinal).ToList();
            var copies = db.UserLicenses.Where(l => l.AccountId == accountId);
            if (!wanted.Contains(LicenseStatuses.None))
            {
                return await copies.CountAsync(l => wanted.Contains(l.Status), ct);
            }

            // Users without a copy are NONE too: all users but those whose copy says another status.
            var others = LicenseStatuses.All.Except(wanted, StringComparer.Ordinal).ToList();
            return await db.Users.CountAsync(u => u.AccountId == accountId, ct) - await copies.CountAsync(l => others.Contains(l.Status), ct);
        }

        return await UserListQuery.Filter(tables, filter, counting: true).CountAsync(ct);
    }

    /// <summary>True when the filter narrows by the group (or the licence statuses) and by nothing else.</summary>
    private static bool NothingElse(UserFilter f, bool group, bool licenses) =>
        string.IsNullOrWhiteSpace(f.Search) && f.Status is null && f.Origin is null && f.DirectoryId is null && f.Statuses is not { Count: > 0 }
        && f.ExternalId is null && f.CreatedFrom is null && f.CreatedBefore is null && f.UpdatedFrom is null && f.UpdatedBefore is null
        && (f.GroupId is not null) == group && (f.LicenseStatuses is { Count: > 0 }) == licenses;
}

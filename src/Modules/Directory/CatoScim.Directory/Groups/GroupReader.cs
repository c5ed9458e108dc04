using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

internal sealed class GroupReader(DirectoryDbContext db, UserReader users)
{
    // Above this many members, walking users in order finds a page sooner than sorting the members.
    private const int LargeGroup = 1000;

    public async Task<GroupPage> ListAsync(Guid accountId, GroupListInput? input, CancellationToken ct)
    {
        var paging = (input?.Paging ?? new PagingInput()).Validated("input.paging");
        var filtered = GroupListQuery.Filter(db.Groups.AsNoTracking().Where(g => g.AccountId == accountId), input?.Filter);
        var (total, page) = await ReadSnapshot.RunAsync(db, async () =>
            (await filtered.CountAsync(ct), await GroupListQuery.Sort(filtered, input?.Sort).Skip(paging.From).Take(paging.Limit).ToListAsync(ct)), ct);
        return new GroupPage(await ViewsAsync(accountId, page, ct), new PageInfo(total));
    }

    public async Task<GroupView> GetAsync(Guid accountId, string? groupId, CancellationToken ct)
    {
        var group = (Guid.TryParse(groupId, out var id)
                ? await db.Groups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.AccountId == accountId, ct)
                : null)
            ?? throw GraphQLErrors.NotFound("No group with that id in this account.");
        return (await ViewsAsync(accountId, [group], ct))[0];
    }

    /// <summary>
    /// One page of members by userName; the total is the group's kept count, not a COUNT(*). A small group's members are
    /// read and sorted; a large group's are found by walking the account's users in userName order (the unique index)
    /// and testing each, which stops at the page's end instead of sorting tens of thousands of members.
    /// </summary>
    public async Task<UserPage> MembersAsync(Group group, PagingInput? input, CancellationToken ct)
    {
        var paging = (input ?? new PagingInput()).Validated("input.paging");
        var members = group.MemberCount < LargeGroup
            ? db.GroupMembers.AsNoTracking().Where(m => m.GroupId == group.Id).Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => u)
            : db.Users.AsNoTracking().Where(u => u.AccountId == group.AccountId && db.GroupMembers.Any(m => m.GroupId == group.Id && m.UserId == u.Id));
        var page = await members.OrderBy(u => u.UserNameNormalized).ThenBy(u => u.Id)
            .Skip(paging.From).Take(paging.Limit).ToListAsync(ct);
        return new UserPage(await users.ViewsAsync(group.AccountId, page, ct), new PageInfo(group.MemberCount));
    }

    /// <summary>Directory names for a whole page in one query, not one per group.</summary>
    public async Task<List<GroupView>> ViewsAsync(Guid accountId, IReadOnlyList<Group> groups, CancellationToken ct)
    {
        var ids = groups.Where(g => g.DirectoryId is not null).Select(g => g.DirectoryId!.Value).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.ScimDirectories.AsNoTracking()
            .Where(d => d.AccountId == accountId && ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return groups.Select(g => new GroupView(g, g.DirectoryId is { } d ? names.GetValueOrDefault(d) : null)).ToList();
    }
}

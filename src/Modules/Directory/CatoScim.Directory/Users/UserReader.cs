using CatoScim.Directory.Contracts;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

internal sealed class UserReader(DirectoryDbContext db, UserGroupsBatch groups, GraphQLBatchKeys batch)
{
    public async Task<UserPage> ListAsync(Guid accountId, UserListInput? input, CancellationToken ct)
    {
        var paging = (input?.Paging ?? new PagingInput()).Validated("input.paging");
        var (page, total) = await ReadSnapshot.RunAsync(db, async () =>
        {
            var tables = await UserListTables.OfAsync(db, accountId, input?.Filter, ct);
            var filtered = UserListQuery.Filter(tables, input?.Filter);
            var rows = await UserListQuery.Sort(filtered, input?.Sort).Skip(paging.From).Take(paging.Limit).ToListAsync(ct);
            return (rows, await UserCount.CountAsync(db, tables, accountId, input?.Filter, paging, rows.Count, ct));
        }, ct);
        return new UserPage(await ViewsAsync(accountId, page, ct), new PageInfo(total));
    }

    public async Task<UserView> GetAsync(Guid accountId, string? userId, CancellationToken ct)
    {
        var user = (Guid.TryParse(userId, out var id)
                ? await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.AccountId == accountId, ct)
                : null)
            ?? throw GraphQLErrors.NotFound("No user with that id in this account.");
        return (await ViewsAsync(accountId, [user], ct))[0];
    }

    /// <summary>Directory names for a whole page in one query, not one per user.</summary>
    public async Task<List<UserView>> ViewsAsync(Guid accountId, IReadOnlyList<User> users, CancellationToken ct)
    {
        groups.Register(users.Select(u => u.Id));
        var ids = users.Where(u => u.DirectoryId is not null).Select(u => u.DirectoryId!.Value).Distinct().ToList();
        var names = ids.Count == 0 ? [] : await db.ScimDirectories.AsNoTracking()
            .Where(d => d.AccountId == accountId && ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        batch.Add(DirectoryGraphTypes.User, users.Select(u => u.Id));
        return users.Select(u => new UserView(u, u.DirectoryId is { } d ? names.GetValueOrDefault(d) : null)).ToList();
    }
}

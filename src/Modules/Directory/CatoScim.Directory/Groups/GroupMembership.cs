using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

/// <summary>
/// Applies a <see cref="GroupMemberPlan"/> inside the caller's transaction: reads, inserts and deletes only the
/// member rows the plan names (index seeks on the (GroupId, UserId) key), never the whole group.
/// </summary>
internal sealed class GroupMembership(DirectoryDbContext db)
{
    // Keeps every IN list far below SQLite's and SQL Server's parameter limits.
    private const int ChunkSize = 500;

    /// <exception cref="GroupMemberException">An added id is a group, or no user <paramref name="scope"/> reaches.</exception>
    public async Task<GroupMemberChanges> ApplyAsync(Group group, GroupMemberPlan plan, GroupMemberScope scope, DateTime now, CancellationToken ct)
    {
        if (plan.IsEmpty)
        {
            return GroupMemberChanges.None;
        }

        var existing = plan.ReplacesAll
            ? (await db.GroupMembers.Where(m => m.GroupId == group.Id).Select(m => m.UserId).ToListAsync(ct)).ToHashSet()
            : await ExistingAsync(group.Id, [.. plan.Added, .. plan.Removed], ct);
        var added = plan.Added.Where(u => !existing.Contains(u)).ToList();
        var removed = plan.ReplacesAll
            ? existing.Where(u => !plan.Added.Contains(u)).ToList()
            : plan.Removed.Where(existing.Contains).ToList();
        // A directory names only its own users, even ones already in the group (left from before a takeover):
        // any other id is refused exactly like an unknown one, so 204-vs-400 reveals nothing beyond the directory.
        await EnsureUsersAsync(group.AccountId, scope, scope.DirectoryId is null ? added : [.. plan.Added], ct);
        db.GroupMembers.AddRange(added.Select(u => new GroupMember { GroupId = group.Id, UserId = u, AccountId = group.AccountId, AddedAt = now }));
        foreach (var chunk in removed.Chunk(ChunkSize))
        {
            await db.GroupMembers.Where(m => m.GroupId == group.Id && chunk.Contains(m.UserId)).ExecuteDeleteAsync(ct);
        }

        return new GroupMemberChanges(added, removed);
    }

    private async Task<HashSet<Guid>> ExistingAsync(Guid groupId, List<Guid> named, CancellationToken ct)
    {
        var existing = new HashSet<Guid>();
        foreach (var chunk in named.Chunk(ChunkSize))
        {
            existing.UnionWith(await db.GroupMembers.Where(m => m.GroupId == groupId && chunk.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(ct));
        }

        return existing;
    }

    private async Task EnsureUsersAsync(Guid accountId, GroupMemberScope scope, List<Guid> users, CancellationToken ct)
    {
        var reachable = db.Users.Where(u => u.AccountId == accountId);
        var groupsInScope = db.Groups.Where(g => g.AccountId == accountId);
        if (scope.DirectoryId is { } directoryId)
        {
            reachable = reachable.Where(u => u.DirectoryId == directoryId);
            groupsInScope = groupsInScope.Where(g => g.DirectoryId == directoryId);
        }

        var found = new HashSet<Guid>();
        foreach (var chunk in users.Chunk(ChunkSize))
        {
            found.UnionWith(await reachable.Where(u => chunk.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct));
        }

        var missing = users.Where(u => !found.Contains(u)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var probe = missing.Take(ChunkSize).ToList();
        var groups = await groupsInScope.Where(g => probe.Contains(g.Id)).Select(g => new { g.Id, g.DisplayName }).ToListAsync(ct);
        if (groups.Count > 0)
        {
            throw new GroupMemberException($"Nested groups are not supported: '{groups[0].DisplayName}' is a group. Add its users instead.", groups[0].Id);
        }

        throw new GroupMemberException(UnknownUsers(missing.ConvertAll(i => i.ToString()), scope.Name), missing[0]);
    }

    /// <param name="where">"this account" or "this directory" (<see cref="GroupMemberScope.Name"/>).</param>
    public static string UnknownUsers(IReadOnlyList<string> ids, string where) => ids.Count == 1
        ? $"No user with id '{ids[0]}' exists in {where}; provision the user before adding it to a group."
        : $"{ids.Count} member ids are not users of {where} (first: '{string.Join("', '", ids.Take(5))}'); provision them before adding them to a group.";
}

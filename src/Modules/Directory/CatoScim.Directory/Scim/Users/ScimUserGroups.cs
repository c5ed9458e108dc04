using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Users;

/// <summary>The groups of a page of users in one query on the (UserId) index, never one query per user.</summary>
internal static class ScimUserGroups
{
    /// <summary>
    /// One user (a GET by id, or the one match of Okta's `userName eq` lookup) is the common case: a compiled query
    /// skips the expression processing and SQL generation that a list parameter costs on every call.
    /// </summary>
    private static readonly Func<DirectoryDbContext, Guid, IAsyncEnumerable<ScimUserGroup>> OfOneUser =
        EF.CompileAsyncQuery((DirectoryDbContext db, Guid userId) => db.GroupMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new ScimUserGroup(m.UserId, g.Id, g.DisplayName)));

    public static async Task<ILookup<Guid, ScimUserGroup>> ForAsync(
        DirectoryDbContext db, ScimUserReads reads, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var rows = userIds.Count switch
        {
            0 => [],
            1 => await reads.GroupsOfAsync(db, userIds.First(), ct),
            _ => await db.GroupMembers.AsNoTracking()
                .Where(m => userIds.Contains(m.UserId))
                .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new ScimUserGroup(m.UserId, g.Id, g.DisplayName))
                .ToListAsync(ct),
        };
        return rows.OrderBy(g => g.DisplayName, StringComparer.OrdinalIgnoreCase).ToLookup(g => g.UserId);
    }

    public static async Task<List<ScimUserGroup>> OfOneUserAsync(DirectoryDbContext db, Guid userId, CancellationToken ct)
    {
        var rows = new List<ScimUserGroup>();
        await foreach (var row in OfOneUser(db, userId).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}

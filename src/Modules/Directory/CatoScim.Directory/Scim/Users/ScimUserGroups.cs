using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Users;

/// <summary>The groups of a page of users in one query on the (UserId) index, never one query per user.</summary>
internal static class ScimUserGroups
{
    public static async Task<ILookup<Guid, ScimUserGroup>> ForAsync(DirectoryDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return Array.Empty<ScimUserGroup>().ToLookup(g => g.UserId);
        }

        var rows = await db.GroupMembers.AsNoTracking()
            .Where(m => userIds.Contains(m.UserId))
            .Join(db.Groups, m => m.GroupId, g => g.Id, (m, g) => new ScimUserGroup(m.UserId, g.Id, g.DisplayName))
            .ToListAsync(ct);
        return rows.OrderBy(g => g.DisplayName, StringComparer.OrdinalIgnoreCase).ToLookup(g => g.UserId);
    }
}

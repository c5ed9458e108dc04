using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

/// <summary>
/// Scoped: `User.groups` for every user a request has put on a page, read in one query the first time any of them
/// is asked for, so a page of 1,000 users costs one query, not 1,000. Queries run serially, so no locking.
/// </summary>
internal sealed class UserGroupsBatch(DirectoryDbContext db)
{
    private readonly HashSet<Guid> _pending = [];
    private readonly Dictionary<Guid, List<GroupView>> _loaded = [];

    public void Register(IEnumerable<Guid> userIds)
    {
        foreach (var id in userIds.Where(id => !_loaded.ContainsKey(id)))
        {
            _pending.Add(id);
        }
    }

    /// <summary>After a group write of this request (mutations run in order), later reads must see it.</summary>
    public void Reset()
    {
        _pending.UnionWith(_loaded.Keys);
        _loaded.Clear();
    }

    public async Task<List<GroupView>> GetAsync(Guid userId, CancellationToken ct)
    {
        if (_loaded.TryGetValue(userId, out var known))
        {
            return known;
        }

        _pending.Add(userId);
        var ids = _pending.ToList();
        _pending.Clear();
        var rows = new List<(Guid UserId, Group Group)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var page = await db.GroupMembers.AsNoTracking().Where(m => chunk.Contains(m.UserId))
                .Join(db.Groups.AsNoTracking(), m => m.GroupId, g => g.Id, (m, g) => new { m.UserId, Group = g })
                .ToListAsync(ct);
            rows.AddRange(page.Select(r => (r.UserId, r.Group)));
        }

        var directoryIds = rows.Where(r => r.Group.DirectoryId is not null).Select(r => r.Group.DirectoryId!.Value).Distinct().ToList();
        var names = directoryIds.Count == 0 ? [] : await db.ScimDirectories.AsNoTracking()
            .Where(d => directoryIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        foreach (var id in ids)
        {
            _loaded[id] = [];
        }

        foreach (var (user, group) in rows.OrderBy(r => r.Group.DisplayNameNormalized, StringComparer.Ordinal))
        {
            _loaded[user].Add(new GroupView(group, group.DirectoryId is { } d ? names.GetValueOrDefault(d) : null));
        }

        return _loaded[userId];
    }
}

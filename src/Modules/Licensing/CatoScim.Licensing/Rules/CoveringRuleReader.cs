using CatoScim.Directory.Contracts;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Rules;

/// <summary>
/// Which rules cover each of a list of users, whether or not the user is eligible for a seat (an inactive user stays
/// covered): USER rules naming them, GROUP rules of their groups, and ALL_SCIM_USERS for SCIM users. Reads only rows
/// about those users, in chunks.
/// </summary>
internal sealed class CoveringRuleReader(LicensingDbContext db)
{
    private const int Chunk = 500;

    /// <summary>Users no rule covers are absent; each list is in allocation tier order, then oldest rule first.</summary>
    public async Task<Dictionary<Guid, List<LicenseRule>>> ReadAsync(Guid accountId, IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var covering = new Dictionary<Guid, List<LicenseRule>>();
        var allScim = await db.Rules.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == accountId && r.Kind == LicenseRuleKind.AllScimUsers, ct);
        foreach (var chunk in userIds.Distinct().Chunk(Chunk))
        {
            var ids = chunk.ToList();
            var direct = await db.Rules.AsNoTracking()
                .Where(r => r.AccountId == accountId && r.Kind == LicenseRuleKind.User && ids.Contains(r.Subject))
                .Select(r => new { UserId = r.Subject, Rule = r }).ToListAsync(ct);
            var viaGroup = await (
                    from m in db.Memberships.AsNoTracking()
                    join r in db.Rules.AsNoTracking() on m.GroupId equals r.Subject
                    where ids.Contains(m.UserId) && r.AccountId == accountId && r.Kind == LicenseRuleKind.Group
                    select new { m.UserId, Rule = r })
                .ToListAsync(ct);
            var scimUsers = allScim is null ? [] : await db.Users.AsNoTracking()
                .Where(u => u.AccountId == accountId && ids.Contains(u.UserId) && u.Origin == Origins.Scim && !u.Deleted)
                .Select(u => u.UserId).ToListAsync(ct);
            var rows = direct.Select(d => (d.UserId, d.Rule))
                .Concat(viaGroup.Select(g => (g.UserId, g.Rule)))
                .Concat(scimUsers.Select(id => (UserId: id, Rule: allScim!)));
            foreach (var (userId, rule) in rows)
            {
                if (!covering.TryGetValue(userId, out var rules))
                {
                    covering[userId] = rules = [];
                }

                rules.Add(rule);
            }
        }

        foreach (var rules in covering.Values)
        {
            rules.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.Id.CompareTo(b.Id));
        }

        return covering;
    }
}

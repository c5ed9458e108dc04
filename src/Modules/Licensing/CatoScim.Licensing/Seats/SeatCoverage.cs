using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>Which tier, if any, entitles each of a handful of users to a seat; reads only rows about those users.</summary>
internal sealed class SeatCoverage(LicensingDbContext db)
{
    public async Task<Dictionary<Guid, LicenseRuleKind>> ReadAsync(LicensePool pool, List<Guid> ids, CancellationToken ct)
    {
        var account = pool.AccountId;
        var users = await db.Users.AsNoTracking()
            .Where(u => u.AccountId == account && ids.Contains(u.UserId) && !u.Deleted && (u.Active || !pool.ReleaseOnDisable))
            .Select(u => new { u.UserId, u.Origin })
            .ToListAsync(ct);
        if (users.Count == 0)
        {
            return [];
        }

        var direct = (await db.Rules.AsNoTracking()
            .Where(r => r.AccountId == account && r.Kind == LicenseRuleKind.User && ids.Contains(r.Subject))
            .Select(r => r.Subject).ToListAsync(ct)).ToHashSet();
        var viaGroup = (await (
                from m in db.Memberships.AsNoTracking()
                join r in db.Rules.AsNoTracking() on m.GroupId equals r.Subject
                where ids.Contains(m.UserId) && r.AccountId == account && r.Kind == LicenseRuleKind.Group
                select m.UserId)
            .Distinct().ToListAsync(ct)).ToHashSet();
        var allScim = await db.Rules.AnyAsync(r => r.AccountId == account && r.Kind == LicenseRuleKind.AllScimUsers, ct);

        var covered = new Dictionary<Guid, LicenseRuleKind>();
        foreach (var user in users)
        {
            if (direct.Contains(user.UserId))
            {
                covered[user.UserId] = LicenseRuleKind.User;
            }
            else if (viaGroup.Contains(user.UserId))
            {
                covered[user.UserId] = LicenseRuleKind.Group;
            }
            else if (allScim && user.Origin == LicensedUser.ScimOrigin)
            {
                covered[user.UserId] = LicenseRuleKind.AllScimUsers;
            }
        }

        return covered;
    }
}

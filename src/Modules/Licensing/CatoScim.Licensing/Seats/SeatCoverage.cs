using CatoScim.Directory.Contracts;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>Which tier, if any, entitles each of a handful of users to a seat; reads only rows about those users.</summary>
internal sealed class SeatCoverage(LicensingDbContext db)
{
    // Three index seeks on (AccountId, Kind, Subject) in one statement; compiled, since every user notification asks.
    private static readonly Func<LicensingDbContext, Guid, CancellationToken, Task<RuleTiers?>> TiersQuery =
        EF.CompileAsyncQuery((LicensingDbContext db, Guid account, CancellationToken _) => db.Pools
            .Where(p => p.AccountId == account)
            .Select(p => new RuleTiers(
                db.Rules.Any(r => r.AccountId == account && r.Kind == LicenseRuleKind.User),
                db.Rules.Any(r => r.AccountId == account && r.Kind == LicenseRuleKind.Group),
                db.Rules.Any(r => r.AccountId == account && r.Kind == LicenseRuleKind.AllScimUsers)))
            .FirstOrDefault());

    public Task<RuleTiers?> TiersAsync(Guid accountId, CancellationToken ct) => TiersQuery(db, accountId, ct);

    /// <summary>`tiers` is <see cref="TiersAsync"/> read after the caller's staged rule changes were saved.</summary>
    public async Task<Dictionary<Guid, LicenseRuleKind>> ReadAsync(LicensePool pool, RuleTiers? tiers, List<Guid> ids, CancellationToken ct)
    {
        var account = pool.AccountId;
        if (tiers is not { Any: true })
        {
            return [];
        }

        var users = await db.Users.AsNoTracking()
            .Where(u => u.AccountId == account && ids.Contains(u.UserId) && !u.Deleted && (u.Active || !pool.ReleaseOnDisable))
            .Select(u => new { u.UserId, u.Origin })
            .ToListAsync(ct);
        if (users.Count == 0)
        {
            return [];
        }

        var direct = !tiers.Users ? [] : (await db.Rules.AsNoTracking()
            .Where(r => r.AccountId == account && r.Kind == LicenseRuleKind.User && ids.Contains(r.Subject))
            .Select(r => r.Subject).ToListAsync(ct)).ToHashSet();
        var viaGroup = !tiers.Groups ? [] : (await (
                from m in db.Memberships.AsNoTracking()
                join r in db.Rules.AsNoTracking() on m.GroupId equals r.Subject
                where ids.Contains(m.UserId) && r.AccountId == account && r.Kind == LicenseRuleKind.Group
                select m.UserId)
            .Distinct().ToListAsync(ct)).ToHashSet();
        var allScim = tiers.AllScimUsers;

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
            else if (allScim && user.Origin == Origins.Scim)
            {
                covered[user.UserId] = LicenseRuleKind.AllScimUsers;
            }
        }

        return covered;
    }
}

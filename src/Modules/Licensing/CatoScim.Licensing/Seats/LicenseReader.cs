using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>Read side of the admin API: the pool, rules, assignments and per-user licences.</summary>
internal sealed class LicenseReader(LicensingDbContext db, RuleSubjects subjects, GraphQLBatchKeys keys)
{
    public const int MaxUserIds = 1000;

    public async Task<LicensePool> PoolAsync(Guid accountId, CancellationToken ct) =>
        await db.Pools.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId, ct)
        ?? new LicensePool { AccountId = accountId };

    public async Task<LicenseRulePage> RulesAsync(Guid accountId, LicenseRuleListInput? input, CancellationToken ct)
    {
        var page = (input?.Paging ?? new PagingInput()).Validated("input.paging");
        var query = RuleListQuery.Filter(db.Rules.AsNoTracking().Where(r => r.AccountId == accountId), input?.Filter);
        var (items, total) = await ReadSnapshot.RunAsync(db, async () =>
            (await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Skip(page.From).Take(page.Limit).ToListAsync(ct), await query.CountAsync(ct)), ct);
        subjects.Register(items);
        return new LicenseRulePage(items, new PageInfo(total));
    }

    public async Task<SeatPage> AssignmentsAsync(Guid accountId, SeatListInput? input, CancellationToken ct)
    {
        var page = (input?.Paging ?? new PagingInput()).Validated("input.paging");
        var query = SeatListQuery.Filter(db, accountId, input?.Filter);
        var (items, total) = await ReadSnapshot.RunAsync(db, async () =>
            (await SeatListQuery.Sort(query, input?.Sort).Skip(page.From).Take(page.Limit)
                .Select(x => new SeatView(x.Seat.UserId, x.UserName, x.Seat.Status, x.Seat.Via, x.Seat.Since)).ToListAsync(ct),
            await query.CountAsync(ct)), ct);
        return new SeatPage(items, new PageInfo(total));
    }

    /// <summary>One query for the whole list, so an admin UI can show a page of users' licences cheaply.</summary>
    public async Task<List<UserLicense>> LicensesAsync(Guid accountId, IReadOnlyList<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count > MaxUserIds)
        {
            throw GraphQLErrors.Validation("userIds", $"userIds takes at most {MaxUserIds} ids.");
        }

        var ids = userIds.Distinct().ToList();
        var seats = await db.Seats.AsNoTracking().Where(s => s.AccountId == accountId && ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        keys.Add(UserLicenseRules.Keys, ids);
        return userIds.Select(id => UserLicense.Of(id, seats.GetValueOrDefault(id))).ToList();
    }
}

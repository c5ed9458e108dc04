using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>Read side of the admin API: the pool, rules, assignments and per-user licences.</summary>
internal sealed class LicenseReader(LicensingDbContext db)
{
    public const int MaxUserIds = 1000;

    public async Task<LicensePool> PoolAsync(Guid accountId, CancellationToken ct) =>
        await db.Pools.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId, ct)
        ?? new LicensePool { AccountId = accountId };

    public async Task<LicenseRulePage> RulesAsync(Guid accountId, PagingInput? paging, CancellationToken ct)
    {
        var page = (paging ?? new PagingInput()).Validated();
        var query = db.Rules.AsNoTracking().Where(r => r.AccountId == accountId);
        var items = await query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Skip(page.From).Take(page.Limit).ToListAsync(ct);
        return new LicenseRulePage(items, new PageInfo(await query.CountAsync(ct)));
    }

    public async Task<SeatPage> AssignmentsAsync(Guid accountId, SeatListInput? input, CancellationToken ct)
    {
        var page = (input?.Paging ?? new PagingInput()).Validated();
        var seats = db.Seats.AsNoTracking().Where(s => s.AccountId == accountId);
        if (input?.Filter?.Status is { } status)
        {
            seats = seats.Where(s => s.Status == status);
        }

        var query = from s in seats
                    join u in db.Users.AsNoTracking() on s.UserId equals u.UserId
                    select new { Seat = s, u.UserName };
        var sort = input?.Sort ?? new SeatSort();
        var desc = sort.Direction == SeatSortDirection.Desc;
        var ordered = sort.Field switch
        {
            SeatSortField.Since => desc ? query.OrderByDescending(x => x.Seat.Since) : query.OrderBy(x => x.Seat.Since),
            SeatSortField.UserName => desc ? query.OrderByDescending(x => x.UserName) : query.OrderBy(x => x.UserName),
            _ => desc
                ? query.OrderByDescending(x => x.Seat.Status).ThenByDescending(x => x.Seat.Via).ThenByDescending(x => x.Seat.CoveredAt)
                : query.OrderBy(x => x.Seat.Status).ThenBy(x => x.Seat.Via).ThenBy(x => x.Seat.CoveredAt),
        };
        var items = await ordered.ThenBy(x => x.Seat.UserId).Skip(page.From).Take(page.Limit)
            .Select(x => new SeatView(x.Seat.UserId, x.UserName, x.Seat.Status, x.Seat.Via, x.Seat.Since)).ToListAsync(ct);
        return new SeatPage(items, new PageInfo(await seats.CountAsync(ct)));
    }

    /// <summary>One query for the whole list, so an admin UI can show a page of users' licences cheaply.</summary>
    public async Task<List<UserLicense>> LicensesAsync(Guid accountId, IReadOnlyList<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count > MaxUserIds)
        {
            throw GraphQLErrors.Validation($"userIds takes at most {MaxUserIds} ids.");
        }

        var ids = userIds.Distinct().ToList();
        var seats = await db.Seats.AsNoTracking().Where(s => s.AccountId == accountId && ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
        return userIds.Select(id => seats.TryGetValue(id, out var s)
            ? new UserLicense(id, s.Status == SeatStatus.Assigned ? LicenseStatus.Assigned : LicenseStatus.Pending, s.Via, s.Since)
            : new UserLicense(id, LicenseStatus.None, null, null)).ToList();
    }
}

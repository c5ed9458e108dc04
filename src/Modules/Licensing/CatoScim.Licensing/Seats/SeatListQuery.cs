using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>The assignment list's filter and sort as expressions EF translates to SQL; nothing is filtered in memory.</summary>
internal static class SeatListQuery
{
    /// <summary>
    /// A substring cannot seek an index, so the userName search is bounded instead: it reads only the account's seats
    /// (a range of the seat key) and each of their users by key, never the users of other accounts.
    /// </summary>
    public static IQueryable<SeatRow> Filter(LicensingDbContext db, Guid accountId, SeatFilter? filter)
    {
        var seats = db.Seats.AsNoTracking().Where(s => s.AccountId == accountId);
        if (filter?.Status is { } status)
        {
            seats = seats.Where(s => s.Status == status);
        }

        var rows = from s in seats
                   join u in db.Users.AsNoTracking() on s.UserId equals u.UserId
                   select new SeatRow { Seat = s, UserName = u.UserName };
        if (!string.IsNullOrWhiteSpace(filter?.UserName))
        {
            // Upper-cased on both sides, as Directory's user search does: case-insensitive whatever the column's collation.
            var term = filter.UserName.Trim().ToUpperInvariant();
            rows = rows.Where(r => r.UserName.ToUpper().Contains(term));
        }

        return rows;
    }

    /// <summary>Ends with the user id so that pages never overlap or skip seats with equal keys.</summary>
    public static IQueryable<SeatRow> Sort(IQueryable<SeatRow> rows, SeatSort? sort)
    {
        sort ??= new SeatSort();
        var desc = sort.Direction == SortDirection.Desc;
        var ordered = sort.Field switch
        {
            SeatSortField.Since => desc ? rows.OrderByDescending(x => x.Seat.Since) : rows.OrderBy(x => x.Seat.Since),
            SeatSortField.UserName => desc ? rows.OrderByDescending(x => x.UserName) : rows.OrderBy(x => x.UserName),
            _ => desc
                ? rows.OrderByDescending(x => x.Seat.Status).ThenByDescending(x => x.Seat.Via).ThenByDescending(x => x.Seat.CoveredAt)
                : rows.OrderBy(x => x.Seat.Status).ThenBy(x => x.Seat.Via).ThenBy(x => x.Seat.CoveredAt),
        };
        return ordered.ThenBy(x => x.Seat.UserId);
    }
}

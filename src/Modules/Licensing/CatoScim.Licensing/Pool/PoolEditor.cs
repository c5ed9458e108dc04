using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Pool;

internal sealed class PoolEditor(LicensingDbContext db, SeatTransaction seats, SeatEngine engine, TimeProvider time)
{
    /// <summary>Never unassigns silently: a total below the seats in use is refused.</summary>
    public async Task<LicensePool> UpdateAsync(Guid accountId, PoolUpdate update, CancellationToken ct)
    {
        var total = update.Total;
        if (total < 0)
        {
            throw GraphQLErrors.Validation("total must be 0 or more.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        LicensePool? updated = null;
        await seats.RunAsync(accountId, now, async pool =>
        {
            if (total < pool.Allocated)
            {
                throw GraphQLErrors.Validation($"total {total} is below the {pool.Allocated} seats allocated; remove rules or users first.");
            }

            pool.Total = total;
            pool.TermStart = update.HasTermStart ? update.TermStart : pool.TermStart;
            pool.TermEnd = update.HasTermEnd ? update.TermEnd : pool.TermEnd;
            if (pool.TermStart is not null && pool.TermEnd is not null && pool.TermEnd < pool.TermStart)
            {
                throw GraphQLErrors.Validation("termEnd must not be before termStart.");
            }

            pool.UpdatedAt = now;
            if (update.ReleaseOnDisable is { } release && release != pool.ReleaseOnDisable)
            {
                // Only inactive users change eligibility; a rare admin switch may touch all of them.
                pool.ReleaseOnDisable = release;
                var inactive = await db.Users.Where(u => u.AccountId == accountId && !u.Active && !u.Deleted).Select(u => u.UserId).ToListAsync(ct);
                await engine.EvaluateAsync(pool, inactive, LicenseReleaseReasons.Deactivated, now, ct);
            }

            await engine.FillAsync(pool, now, ct);
            updated = pool;
            return true;
        }, ct);
        return updated!;
    }
}

using CatoScim.Licensing.Contracts.Audit;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Pool;

internal sealed class PoolEditor(LicensingDbContext db, SeatTransaction seats, SeatEngine engine, TimeProvider time)
{
    /// <summary>Never unassigns silently: a total below the seats in use is refused.</summary>
    public async Task<LicensePool> UpdateAsync(AccountScope scope, PoolUpdate update, CancellationToken ct)
    {
        var accountId = scope.AccountId;
        var total = update.Total;
        if (total < 0)
        {
            throw GraphQLErrors.Validation("input.total", "total must be 0 or more.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        LicensePool? updated = null;
        await seats.RunAsync(accountId, now, async pool =>
        {
            if (total < pool.Allocated)
            {
                throw GraphQLErrors.Validation("input.total", $"total {total} is below the {pool.Allocated} seats allocated; remove rules or users first.");
            }

            var termStart = update.HasTermStart ? update.TermStart : pool.TermStart;
            var termEnd = update.HasTermEnd ? update.TermEnd : pool.TermEnd;
            var changed = ChangedFields.Of(
                ("total", total != pool.Total),
                ("termStart", termStart != pool.TermStart),
                ("termEnd", termEnd != pool.TermEnd),
                ("releaseOnDisable", update.ReleaseOnDisable is { } setting && setting != pool.ReleaseOnDisable));
            pool.Total = total;
            pool.TermStart = termStart;
            pool.TermEnd = termEnd;
            if (pool.TermStart is not null && pool.TermEnd is not null && pool.TermEnd < pool.TermStart)
            {
                throw GraphQLErrors.Validation("input.termEnd", "termEnd must not be before termStart.");
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
            if (changed.Count > 0)
            {
                db.Publish(AdminChangeAudited.By(scope.Principal, LicensingAuditActions.LicensePoolUpdated, LicensingAuditTargets.LicensePool,
                    accountId.ToString(), changed, now), now);
            }

            updated = pool;
            return true;
        }, ct);
        return updated!;
    }
}

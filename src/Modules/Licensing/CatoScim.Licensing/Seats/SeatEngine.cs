using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.Licensing.Seats;

/// <summary>
/// Keeps seats in step with coverage, inside a <see cref="SeatTransaction"/>. Allocation order: direct USER rules
/// first, then GROUP rules, then ALL_SCIM_USERS; within a tier the user covered earliest first, then by user id.
/// Work is proportional to the users named, never to the size of a group or the account.
/// </summary>
internal sealed class SeatEngine(LicensingDbContext db, SeatCoverage coverage, LicenseStatusChanges statuses)
{
    private const int Chunk = 500;

    // An account found without rules inside a transaction that holds its pool lock: every rule is added under that
    // lock (RuleEditor, BulkAssignmentEditor), and notifications only remove rules, so it stays without rules until the
    // transaction ends. An outbox run of 50 creates then asks once instead of 50 times. Not used while this context
    // tracks any rule, since one it added and saved would no longer show as staged.
    private (IDbContextTransaction Transaction, Guid AccountId)? _ruleless;

    /// <summary>Gives covered, eligible users a seat row (pending) and takes it from the others.</summary>
    public async Task EvaluateAsync(LicensePool pool, IEnumerable<Guid> userIds, string releaseReason, DateTime now, CancellationToken ct)
    {
        RuleTiers? tiers = null;
        var rules = StagedRules.Of(db);
        if (pool.Allocated + pool.Pending == 0 && !rules.Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var transaction = rules.Count == 0 ? db.Database.CurrentTransaction : null;
            if (transaction is not null && _ruleless == (transaction, pool.AccountId))
            {
                return;
            }

            tiers = await coverage.TiersAsync(pool.AccountId, ct);
            if (tiers is not { Any: true })
            {
                // No rule covers anyone and no seat exists to take back: the common case of an account without licences.
                _ruleless = transaction is null ? null : (transaction, pool.AccountId);
                return;
            }
        }

        // Coverage is read from the database, so the caller's staged copy and rule changes must be visible to it.
        await db.SaveChangesAsync(ct);
        tiers ??= await coverage.TiersAsync(pool.AccountId, ct);
        foreach (var chunk in userIds.Distinct().Chunk(Chunk))
        {
            var ids = chunk.ToList();
            var covered = await coverage.ReadAsync(pool, tiers, ids, ct);
            var seats = await db.Seats.Where(s => s.AccountId == pool.AccountId && ids.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
            foreach (var id in ids)
            {
                var seat = seats.GetValueOrDefault(id);
                if (!covered.TryGetValue(id, out var via))
                {
                    if (seat is not null)
                    {
                        Release(pool, seat, releaseReason, now);
                    }
                }
                else if (seat is null)
                {
                    db.Seats.Add(new SeatAssignment { AccountId = pool.AccountId, UserId = id, Status = SeatStatus.Pending, Via = via, CoveredAt = now, Since = now });
                    pool.Pending++;
                    statuses.Moved(id, LicenseStatuses.None, LicenseStatuses.Pending);
                }
                else
                {
                    seat.Via = via;
                }
            }

            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Hands free seats to waiting users in allocation order, and tracks the exhaustion episode.</summary>
    public async Task FillAsync(LicensePool pool, DateTime now, CancellationToken ct)
    {
        var free = pool.Total - pool.Allocated;
        if (free > 0 && pool.Pending > 0)
        {
            await db.SaveChangesAsync(ct);
            var next = await db.Seats
                .Where(s => s.AccountId == pool.AccountId && s.Status == SeatStatus.Pending)
                .OrderBy(s => s.Via).ThenBy(s => s.CoveredAt).ThenBy(s => s.UserId)
                .Take(free).ToListAsync(ct);
            foreach (var seat in next)
            {
                seat.Status = SeatStatus.Assigned;
                seat.Since = now;
                pool.Allocated++;
                pool.Pending--;
                statuses.Moved(seat.UserId, LicenseStatuses.Pending, LicenseStatuses.Assigned);
                db.Publish(new LicenseAssigned(pool.AccountId, seat.UserId, ViaName(seat.Via), now), now);
            }
        }

        if (pool.Pending > 0 && !pool.Exhausted)
        {
            pool.Exhausted = true;
            db.Publish(new LicensePoolExhausted(pool.AccountId, pool.Total, pool.Pending, now), now);
        }
        else if (pool.Exhausted && pool.Pending == 0 && pool.Allocated < pool.Total)
        {
            pool.Exhausted = false;
        }
    }

    public static string ViaName(LicenseRuleKind via) => via switch
    {
        LicenseRuleKind.User => LicenseTiers.User,
        LicenseRuleKind.Group => LicenseTiers.Group,
        _ => LicenseTiers.AllScimUsers,
    };

    private void Release(LicensePool pool, SeatAssignment seat, string reason, DateTime now)
    {
        if (seat.Status == SeatStatus.Assigned)
        {
            pool.Allocated--;
            db.Publish(new LicenseReleased(pool.AccountId, seat.UserId, reason, now), now);
        }
        else
        {
            pool.Pending--;
        }

        statuses.Moved(seat.UserId, UserLicense.StatusOf(seat.Status), LicenseStatuses.None);
        db.Seats.Remove(seat);
    }
}

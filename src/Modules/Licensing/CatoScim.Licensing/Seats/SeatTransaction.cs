using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.Licensing.Seats;

/// <summary>
/// Runs one change of an account's seats in one short write transaction. Its first statement bumps the pool's
/// Version: on SQLite that write takes the database write lock, on SQL Server an exclusive lock on the pool row, so
/// the counters read next stay exact until commit and two changes can never both take the last seat. Inside an
/// outbox <see cref="DeliveryBatch"/> the run's transaction is used instead: the lock is taken once per run, and the
/// Version is counted on in memory for each further change, so every change has its own (see
/// <see cref="LicenseStatusChanges"/>, whose notifications carry it).
/// </summary>
internal sealed class SeatTransaction(LicensingDbContext db, LicenseStatusChanges statuses)
{
    private readonly HashSet<Guid> _lockedAccounts = [];
    private IDbContextTransaction? _lockedIn;

    /// <summary>
    /// `work` returns false to roll back (e.g. a redelivered message); exceptions roll back too. With
    /// `deferSaveInRun`, a change inside an outbox run is saved with the run's other changes at its end instead of
    /// now: only for work whose staged rows no later message of the run reads back with a query (the seat engine
    /// saves before it reads coverage).
    /// </summary>
    public async Task<bool> RunAsync(Guid accountId, DateTime now, Func<LicensePool, Task<bool>> work, CancellationToken ct, bool deferSaveInRun = false)
    {
        var inRun = await DeliveryBatch.EnlistAsync(db, ct);
        await using var tx = inRun ? null : await db.Database.BeginTransactionAsync(ct);
        var pool = await LockPoolAsync(accountId, now, ct);
        bool done;
        try
        {
            done = await work(pool);
        }
        catch
        {
            statuses.Discard();
            throw;
        }

        if (!done)
        {
            statuses.Discard();
            // In a run nothing was staged yet (work refuses before writing), and the run's other changes must stay.
            if (tx is not null)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }

            return false;
        }

        statuses.Publish(db, pool, now);
        if (inRun && deferSaveInRun)
        {
            await DeliveryBatch.SaveChangesAsync(db, ct);
            return true;
        }

        // Otherwise saved per message even inside a run: later messages of the run query what this one wrote.
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return true;
    }

    private async Task<LicensePool> LockPoolAsync(Guid accountId, DateTime now, CancellationToken ct)
    {
        var current = db.Database.CurrentTransaction;
        if (current != _lockedIn)
        {
            _lockedIn = current;
            _lockedAccounts.Clear();
        }

        var tracked = TrackedRead.Find<LicensePool, Guid>(db, accountId);
        if (tracked is not null && _lockedAccounts.Contains(accountId))
        {
            // This transaction already holds the lock and wrote these counters itself: they are current.
            tracked.Version++;
            return tracked;
        }

        var bumped = await db.Pools.Where(p => p.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (bumped == 0)
        {
            // A notification can only outrun AccountCreated if that one was dead-lettered; an empty pool is the same state.
            db.Pools.Add(new LicensePool { AccountId = accountId, CreatedAt = now, UpdatedAt = now, Version = 1, StatusesPublishedAt = now });
            await db.SaveChangesAsync(ct);
        }

        var pool = await db.Pools.SingleAsync(p => p.AccountId == accountId, ct);
        if (tracked is not null)
        {
            // A query does not overwrite a tracked entity's values; the counters must be read after taking the lock.
            await db.Entry(pool).ReloadAsync(ct);
        }

        _lockedAccounts.Add(accountId);
        return pool;
    }
}

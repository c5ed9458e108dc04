using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seats;

/// <summary>
/// Runs one change of an account's seats in one short write transaction. Its first statement bumps the pool's
/// Version: on SQLite that write takes the database write lock, on SQL Server an exclusive lock on the pool row, so
/// the counters read next stay exact until commit and two changes can never both take the last seat.
/// </summary>
internal sealed class SeatTransaction(LicensingDbContext db)
{
    /// <summary>`work` returns false to roll back (e.g. a redelivered message); exceptions roll back too.</summary>
    public async Task<bool> RunAsync(Guid accountId, DateTime now, Func<LicensePool, Task<bool>> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var bumped = await db.Pools.Where(p => p.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (bumped == 0)
        {
            // A notification can only outrun AccountCreated if that one was dead-lettered; an empty pool is the same state.
            db.Pools.Add(new LicensePool { AccountId = accountId, CreatedAt = now, UpdatedAt = now, Version = 1 });
            await db.SaveChangesAsync(ct);
        }

        var pool = await db.Pools.SingleAsync(p => p.AccountId == accountId, ct);
        await db.Entry(pool).ReloadAsync(ct);
        if (!await work(pool))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}

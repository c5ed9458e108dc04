using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

/// <summary>
/// Runs a group write in one short transaction. On SQLite the transaction begins IMMEDIATE, so it waits for the
/// single writer slot (busy_timeout) instead of failing on a stale read snapshot; a busy, locked or deadlocked
/// attempt that still fails is retried from scratch a few times.
/// </summary>
internal static class GroupTransaction
{
    private const int Attempts = 4;

    public static async Task<T> RunAsync<T>(DirectoryDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await work();
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt * Random.Shared.Next(1, 4)), ct);
            }
            catch
            {
                // Later work of the same request shares this context: nothing of a failed write may ride along.
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    private static bool IsTransient(Exception ex) => (ex is DbUpdateException { InnerException: { } inner } ? inner : ex) switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED; SQL Server deadlock victim and lock timeout.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        var other when SqlServerErrors.NumberIs(other, 1205, 1222) => true,
        _ => false,
    };
}

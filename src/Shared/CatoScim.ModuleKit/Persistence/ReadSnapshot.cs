using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Runs several reads against one snapshot, so a page and its total agree: read one after the other, a commit landing
/// between them gave `paging.total` 1 beside an empty `items` (seen when an outbox consumer orphaned a licence rule
/// while an admin listed the orphaned rules). On SQLite a deferred transaction is a WAL read snapshot and takes no
/// write lock; SQL Server reads as it did (read committed).
/// </summary>
public static class ReadSnapshot
{
    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> reads, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return await reads();
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(transaction, ct);
            try
            {
                return await reads();
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

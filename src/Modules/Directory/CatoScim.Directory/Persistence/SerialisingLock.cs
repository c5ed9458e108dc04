using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Persistence;

/// <summary>
/// Limits a unique index cannot state (a name unique under full Unicode case folding; at most two tokens that are
/// active at this moment) hold because their check and their insert run behind a write lock on the parent row: a
/// no-op UPDATE, the first statement of the transaction. SQL Server holds the row's exclusive lock until commit;
/// SQLite's transaction (BEGIN IMMEDIATE) already holds the file's write lock. A second writer waits, then re-checks
/// against the committed state.
/// </summary>
internal static class SerialisingLock
{
    /// <summary>False when the account no longer exists.</summary>
    public static async Task<bool> AccountAsync(DirectoryDbContext db, Guid accountId, CancellationToken ct) =>
        await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, a => a.Name), ct) == 1;

    /// <summary>False when the directory was deleted meanwhile.</summary>
    public static async Task<bool> DirectoryAsync(DirectoryDbContext db, Guid directoryId, CancellationToken ct) =>
        await db.ScimDirectories.Where(d => d.Id == directoryId).ExecuteUpdateAsync(s => s.SetProperty(d => d.Name, d => d.Name), ct) == 1;
}

using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Reads of what a context tracks without the change scan that `DbSet.Local` and `ChangeTracker.Entries` start with:
/// that scan visits every tracked entity, and an outbox run tracks hundreds, so one such read per message made a run
/// quadratic. Lookups by primary key do not depend on detected changes; a caller that needs states scans just the
/// entries it reads (`EntityEntry.DetectChanges`).
/// </summary>
public static class TrackedRead
{
    public static T WithoutScan<T>(DbContext db, Func<T> read)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The entity tracked under `key`, staged or loaded, or null.</summary>
    public static TEntity? Find<TEntity, TKey>(DbContext db, TKey key) where TEntity : class =>
        WithoutScan(db, () => db.Set<TEntity>().Local.FindEntry(key)?.Entity);
}

using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Timeline;

/// <summary>
/// The Events context's SaveChanges: whatever adds or removes provisioning events (the notification consumers, a
/// test's seed) moves the hourly counters after the rows are written and before the commit, so a counter moves only
/// with a row that was really inserted: a redelivery the inbox refuses, or a race lost on the message id, rolls both back.
/// </summary>
internal static class CountedSave
{
    public static bool HasCountedChanges(EventsDbContext db) =>
        db.ChangeTracker.Entries<ProvisioningEvent>().Any(e => e.State is EntityState.Added or EntityState.Deleted);

    public static async Task<int> SaveChangesAsync(EventsDbContext db, bool acceptAllChangesOnSuccess, Func<bool, Task<int>> save, CancellationToken ct)
    {
        var deltas = db.ChangeTracker.Entries<ProvisioningEvent>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => HourlyDelta.Of(e.Entity, e.State == EntityState.Added ? 1 : -1))
            .ToList();
        if (deltas.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess);
        }

        // Inside an outbox run the rows join the run's transaction (committed at its end); alone they get their own.
        await DeliveryBatch.EnlistAsync(db, ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var saved = await save(false);
            await HourlyCounter.ApplyAsync(db, deltas, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            if (acceptAllChangesOnSuccess)
            {
                db.ChangeTracker.AcceptAllChanges();
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}

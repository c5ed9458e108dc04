using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CatoScim.Licensing.Seats;

/// <summary>The licence rules a context tracks, with their states up to date.</summary>
internal static class StagedRules
{
    // Rules are only ever added through the set, never reached by navigation, so scanning the tracked rules alone sees
    // every state a scan of all tracked entities would, once per message of an outbox run.
    public static List<EntityEntry<LicenseRule>> Of(LicensingDbContext db)
    {
        var rules = TrackedRead.WithoutScan(db, () => db.ChangeTracker.Entries<LicenseRule>().ToList());
        foreach (var rule in rules)
        {
            rule.DetectChanges();
        }

        return rules;
    }
}

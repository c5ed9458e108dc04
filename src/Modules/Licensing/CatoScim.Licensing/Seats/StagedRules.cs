using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Rules;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CatoScim.Licensing.Seats;

/// <summary>The licence rules a context tracks, with their states up to date.</summary>
internal static class StagedRules
{
    // ChangeTracker.Entries first scans every tracked entity for changes, and an outbox run of 50 creates tracks hundreds
    // (copies, inbox rows), once per message. Rules are only ever added through the set, never reached by navigation,
    // so scanning the tracked rules alone sees every state the full scan would.
    public static List<EntityEntry<LicenseRule>> Of(LicensingDbContext db)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        List<EntityEntry<LicenseRule>> rules;
        try
        {
            rules = tracker.Entries<LicenseRule>().ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }

        foreach (var rule in rules)
        {
            rule.DetectChanges();
        }

        return rules;
    }
}

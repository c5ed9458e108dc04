using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class StagedRulesTests
{
    [Fact]
    public async Task A_rule_edited_in_memory_shows_as_modified_while_other_tracked_entities_are_not_scanned()
    {
        var harness = await LicensingHarness.CreateAsync();
        await using var db = harness.Db();
        var now = harness.Time.GetUtcNow().UtcDateTime;
        var rule = new LicenseRule
        {
            Id = Guid.CreateVersion7(),
            AccountId = harness.AccountId,
            Kind = LicenseRuleKind.AllScimUsers,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var pool = new LicensePool { AccountId = harness.AccountId, Total = 5, CreatedAt = now, UpdatedAt = now };
        db.Rules.Add(rule);
        db.Pools.Add(pool);
        await db.SaveChangesAsync();

        rule.OrphanedAt = now;
        pool.Total = 6;
        var staged = StagedRules.Of(db);

        Assert.Equal(EntityState.Modified, Assert.Single(staged).State);
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        Assert.Equal(EntityState.Unchanged, db.ChangeTracker.Entries<LicensePool>().Single().State);
    }
}

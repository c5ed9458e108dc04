using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>Upgrading keeps history: events an earlier digest reported belong to it, so no digest reports them again as late.</summary>
public sealed class DigestClaimsMigrationTests
{
    private const string Before = "20261128153305_DirectoryCopies";

    [Fact]
    public async Task The_migration_assigns_existing_events_to_the_digest_whose_window_holds_them()
    {
        var options = ModuleDatabaseFile.New<EventsSqliteDbContext>(EventsDbContext.Schema);
        var (account, other, digest) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var old = new EventsSqliteDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(Before);
            await old.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "Events_Digests" ("Id", "AccountId", "WindowStart", "WindowEnd", "Recipients", "Succeeded", "Failed", "Status", "Attempts", "ClaimedAt")
                VALUES ({digest}, {account}, '2026-01-05 10:00:00', '2026-01-05 11:00:00', '[]', 1, 0, 'Sent', 1, '2026-01-05 11:02:00')
                """);
            foreach (var (id, owner, time) in new[] { (Guid.NewGuid(), account, "2026-01-05 10:30:00"), (Guid.NewGuid(), account, "2026-01-05 11:30:00"), (Guid.NewGuid(), other, "2026-01-05 10:30:00") })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Events_ProvisioningEvents" ("Id", "AccountId", "MessageId", "Time", "Action", "Operation", "ResourceType", "DisplayName", "Message", "Source")
                    VALUES ({id}, {owner}, {Guid.NewGuid()}, {time}, 'Success', 'USER_CREATED', 'USER', 'ann', 'm', 'SCIM')
                    """);
            }
        }

        await using var db = new EventsSqliteDbContext(options);
        await db.Database.MigrateAsync();

        var events = await db.ProvisioningEvents.AsNoTracking().OrderBy(e => e.AccountId == account ? 0 : 1).ThenBy(e => e.Time)
            .Select(e => new { e.AccountId, e.DigestId }).ToListAsync();
        Assert.Equal([(account, (Guid?)digest), (account, null), (other, null)], events.Select(e => (e.AccountId, e.DigestId)));
    }
}

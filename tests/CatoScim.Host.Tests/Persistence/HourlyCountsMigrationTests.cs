using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Events.Timeline;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>Upgrading counts the history already stored, so the chart of an upgraded database is right at once.</summary>
public sealed class HourlyCountsMigrationTests
{
    private const string Before = "20261129090025_UserEventsIndex";

    [Fact]
    public async Task The_migration_counts_existing_events_per_hour_and_later_events_add_to_the_same_counters()
    {
        var options = ModuleDatabaseFile.New<EventsSqliteDbContext>(EventsDbContext.Schema);
        var (account, directory) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var old = new EventsSqliteDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(Before);
            foreach (var (time, action, dir) in new[]
            {
                ("2026-01-05 10:00:00", "Success", (Guid?)directory), ("2026-01-05 10:59:59.9999999", "Success", directory),
                ("2026-01-05 10:30:00.25", "Failure", directory), ("2026-01-05 10:31:00", "Success", null), ("2026-01-05 11:00:00", "Success", directory),
            })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Events_ProvisioningEvents" ("Id", "AccountId", "MessageId", "Time", "Action", "Operation", "DirectoryId", "ResourceType", "DisplayName", "Message", "Source")
                    VALUES ({Guid.NewGuid()}, {account}, {Guid.NewGuid()}, {time}, {action}, 'USER_CREATED', {dir}, 'USER', 'ann', 'm', 'SCIM')
                    """);
            }
        }

        await using (var db = new EventsSqliteDbContext(options))
        {
            await db.Database.MigrateAsync();
            db.ProvisioningEvents.Add(EventSeed.Event(account, new DateTime(2026, 1, 5, 10, 45, 0, DateTimeKind.Utc), directoryId: directory));
            await db.SaveChangesAsync();
        }

        await using var check = new EventsSqliteDbContext(options);
        var counters = await check.HourlyCounts.AsNoTracking().ToListAsync();
        var ten = new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
        (DateTime, ProvisioningAction, Guid, int)[] expected =
        [
            (ten, ProvisioningAction.Success, directory, 3), (ten, ProvisioningAction.Success, EventHourlyCount.NoDirectory, 1),
            (ten, ProvisioningAction.Failure, directory, 1), (ten.AddHours(1), ProvisioningAction.Success, directory, 1),
        ];
        Assert.Equal(expected.Order(), counters.Select(c => (c.HourStart, c.Action, c.DirectoryId, c.Count)).Order());
        Assert.All(counters, c => Assert.Equal(account, c.AccountId));
    }
}

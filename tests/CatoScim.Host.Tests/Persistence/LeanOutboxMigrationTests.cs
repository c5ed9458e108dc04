using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>
/// The outbox loses AUTOINCREMENT and its Id index (fewer pages per publishing commit); an upgraded outbox keeps every
/// row with its sequence and state, and new rows still come after them.
/// </summary>
public sealed class LeanOutboxMigrationTests
{
    private const string Before = "20261129115456_UserSearchIndex";
    private const string Table = "Directory_Outbox";
    private const string Payload = "{\"user\":1}";

    [Fact]
    public async Task Upgrading_keeps_every_message_in_order_and_new_messages_follow_them()
    {
        var options = ModuleDatabaseFile.New<DirectorySqliteDbContext>(DirectoryDbContext.Schema);
        await using (var old = new DirectorySqliteDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(Before);
            Assert.Contains("AUTOINCREMENT", await TableSqlAsync(old));
            foreach (var (delivered, dead) in new (string?, string?)[] { ("2026-01-05 10:00:00", null), (null, null), (null, "2026-01-05 10:01:00") })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_Outbox" ("Id", "Type", "Payload", "OccurredAt", "DeliveredAt", "DeadLetteredAt", "Attempts")
                    VALUES ({Guid.NewGuid()}, 'UserProvisioned', {Payload}, '2026-01-05 09:59:00', {delivered}, {dead}, {(dead is null ? 0 : 5)})
                    """);
            }
        }

        List<OutboxRow> before;
        await using (var db = new DirectorySqliteDbContext(options))
        {
            before = await RowsAsync(db);
            await db.Database.MigrateAsync();
            Assert.Equal(before, await RowsAsync(db));
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Directory_Outbox" ("Id", "Type", "Payload", "OccurredAt", "Attempts")
                VALUES ('new', 'UserProvisioned', '[]', '2026-01-05 10:02:00', 0)
                """);
            var after = await RowsAsync(db);
            Assert.Equal(before.Max(r => r.Sequence) + 1, after.Single(r => r.Id == "new").Sequence);
        }
    }

    [Fact]
    public async Task Every_module_outbox_has_no_autoincrement_and_no_index_on_its_id()
    {
        await using var directory = new DirectorySqliteDbContext(ModuleDatabaseFile.New<DirectorySqliteDbContext>(DirectoryDbContext.Schema));
        await using var licensing = new LicensingSqliteDbContext(ModuleDatabaseFile.New<LicensingSqliteDbContext>(LicensingDbContext.Schema));
        await using var events = new EventsSqliteDbContext(ModuleDatabaseFile.New<EventsSqliteDbContext>(EventsDbContext.Schema));
        foreach (var (db, table) in new (DbContext, string)[] { (directory, Table), (licensing, "Licensing_Outbox"), (events, "Events_Outbox") })
        {
            await db.Database.MigrateAsync();
            Assert.DoesNotContain("AUTOINCREMENT", await TableSqlAsync(db, table));
            var indexes = await db.Database.SqlQuery<string>($"SELECT name AS \"Value\" FROM pragma_index_list({table})").ToListAsync();
            Assert.Equal([$"IX_{table}_DeliveredAt_Sequence"], indexes.Where(i => !i.StartsWith("sqlite_autoindex", StringComparison.Ordinal)));
        }
    }

    private static Task<string> TableSqlAsync(DbContext db, string table = Table) =>
        db.Database.SqlQuery<string>($"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync();

    private static Task<List<OutboxRow>> RowsAsync(DbContext db) =>
        db.Database.SqlQueryRaw<OutboxRow>("""
            SELECT "Sequence", "Id", "Payload", "DeliveredAt", "DeadLetteredAt", "Attempts" FROM "Directory_Outbox" ORDER BY "Sequence"
            """).ToListAsync();

    private sealed record OutboxRow(long Sequence, string Id, string Payload, string? DeliveredAt, string? DeadLetteredAt, int Attempts);
}

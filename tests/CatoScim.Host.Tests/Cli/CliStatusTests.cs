using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CatoScim.Host.Tests.Cli;

public sealed class CliStatusTests
{
    private static readonly string[] ModuleNames = ["directory", "licensing", "events"];

    [Fact]
    public async Task Status_on_a_new_database_reports_every_migration_pending_and_applies_none()
    {
        var dataDir = CliRun.NewDataDir();

        var before = await CliRun.InAsync(dataDir, "status", "--json");
        var again = await CliRun.InAsync(dataDir, "status", "--json");

        Assert.Equal(0, before.Exit);
        var modules = Modules(before.Out);
        Assert.Equal(ModuleNames, modules.Select(m => m.GetProperty("module").GetString()));
        Assert.All(modules, m =>
        {
            Assert.Empty(m.GetProperty("appliedMigrations").EnumerateArray());
            Assert.NotEmpty(m.GetProperty("pendingMigrations").EnumerateArray());
            Assert.Equal(JsonValueKind.Null, m.GetProperty("outboxPending").ValueKind);
        });
        Assert.Equal(before.Out, again.Out);
    }

    [Fact]
    public async Task Status_counts_pending_and_dead_lettered_outbox_rows_per_module()
    {
        var dataDir = CliRun.NewDataDir();
        Assert.Equal(0, (await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Acme")).Exit);
        Assert.Equal(0, (await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Globex")).Exit);
        // No server ran, so both accounts' rows (AccountCreated and two audit records each) wait in Directory's outbox;
        // dead-letter the first of them.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "catoscim.directory.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Directory_Outbox SET DeadLetteredAt = '2026-01-01 00:00:00' WHERE Sequence = (SELECT MIN(Sequence) FROM Directory_Outbox)";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var json = await CliRun.InAsync(dataDir, "status", "--json");
        var human = await CliRun.InAsync(dataDir, "status");

        var modules = Modules(json.Out).ToDictionary(m => m.GetProperty("module").GetString()!);
        Assert.All(modules.Values, m => Assert.Empty(m.GetProperty("pendingMigrations").EnumerateArray()));
        Assert.All(modules.Values, m => Assert.NotEmpty(m.GetProperty("appliedMigrations").EnumerateArray()));
        Assert.Equal(5, modules["directory"].GetProperty("outboxPending").GetInt32());
        Assert.Equal(1, modules["directory"].GetProperty("outboxDeadLettered").GetInt32());
        Assert.Equal(0, modules["licensing"].GetProperty("outboxDeadLettered").GetInt32());
        var directoryMigrations = modules["directory"].GetProperty("appliedMigrations").GetArrayLength();
        Assert.Contains($"directory: migrations {directoryMigrations} applied, 0 pending; outbox 5 pending, 1 dead-lettered", human.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_lists_the_hangfire_server_of_a_running_host()
    {
        var dataDir = CliRun.NewDataDir();
        var none = await CliRun.InAsync(dataDir, "status", "--json");
        Assert.Empty(JsonDocument.Parse(none.Out).RootElement.GetProperty("hangfireServers").EnumerateArray());

        await using var server = new CatoScimFactory(dataDir, settings: new() { ["Hangfire:ServerEnabled"] = "true" });
        _ = server.Services;
        var running = await Eventually.AssertAsync(
            async () => JsonDocument.Parse((await CliRun.InAsync(dataDir, "status", "--json")).Out).RootElement.GetProperty("hangfireServers"),
            servers => servers.GetArrayLength() == 1, "the host's Hangfire server in storage");

        Assert.True(running[0].GetProperty("workers").GetInt32() > 0);
        Assert.Equal(JsonValueKind.String, running[0].GetProperty("heartbeat").ValueKind);
    }

    [Fact]
    public async Task Migrate_reports_progress_per_module_on_stderr_and_keeps_json_on_stdout_clean()
    {
        var dataDir = CliRun.NewDataDir();

        var first = await CliRun.InAsync(dataDir, "migrate", "--json");
        var second = await CliRun.InAsync(dataDir, "migrate");

        Assert.Equal(0, first.Exit);
        var applied = JsonDocument.Parse(first.Out).RootElement.GetProperty("modules").EnumerateArray().ToList();
        Assert.Equal(ModuleNames, applied.Select(m => m.GetProperty("module").GetString()));
        Assert.All(applied, m => Assert.NotEmpty(m.GetProperty("applied").EnumerateArray()));
        Assert.All(ModuleNames, m => Assert.Contains($"{m}: applying ", first.Error, StringComparison.Ordinal));
        Assert.Equal(0, second.Exit);
        Assert.Equal("Migrations applied.", second.Out);
        Assert.Equal(ModuleNames.Select(m => $"{m}: up to date"), second.Error.Split('\n').Select(l => l.Trim()));
    }

    private static List<JsonElement> Modules(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("modules").EnumerateArray()];
}

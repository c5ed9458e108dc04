using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>On SQLite every module writes its own file, so a consumer's write never waits for the IdP's.</summary>
public sealed class ModuleFilesTests
{
    [Fact]
    public async Task Each_module_has_its_own_WAL_file_beside_the_configured_one()
    {
        var dataDir = TestFolders.New();
        await using var factory = new CatoScimFactory(dataDir);
        await factory.CreateAccountAsync("acme");

        foreach (var module in factory.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            Assert.Equal(Path.Combine(dataDir, $"catoscim.{module.Module}.db"), file);
            Assert.True(File.Exists(file));
            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", await command.ExecuteScalarAsync());
        }

        Assert.False(File.Exists(Path.Combine(dataDir, "catoscim.db")));
    }

    [Theory]
    [InlineData("Data Source=/srv/data/catoscim.db", "events", "/srv/data/catoscim.events.db")]
    [InlineData("Data Source=/srv/data/store", "licensing", "/srv/data/store.licensing")]
    [InlineData("Data Source=:memory:", "directory", ":memory:")]
    public void A_module_file_is_derived_from_the_configured_one(string configured, string module, string expected)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, configured);
        Assert.Equal(expected, new SqliteConnectionStringBuilder(settings.ConnectionStringFor(module)).DataSource);
    }

    [Fact]
    public void Sql_server_modules_share_the_one_database()
    {
        var settings = new DatabaseSettings(DatabaseProvider.SqlServer, "Server=db;Database=catoscim");
        Assert.Equal(settings.ConnectionString, settings.ConnectionStringFor("events"));
    }
}

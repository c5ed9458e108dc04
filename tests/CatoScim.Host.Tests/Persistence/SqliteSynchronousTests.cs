using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>An acknowledged write survives an OS crash unless the operator opts out: synchronous is per connection.</summary>
public sealed class SqliteSynchronousTests
{
    [Theory]
    [InlineData(null, 2L)]
    [InlineData("Full", 2L)]
    [InlineData("Normal", 1L)]
    public async Task Every_module_connection_the_app_opens_reports_the_configured_synchronous_level(string? configured, long expected)
    {
        await using var factory = new CatoScimFactory(settings: configured is null ? null : new() { ["Database:Synchronous"] = configured });
        await factory.CreateAccountAsync("acme");

        foreach (var module in factory.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            Assert.Equal(expected, await command.ExecuteScalarAsync());
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", await command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task An_unknown_synchronous_level_stops_the_start()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Database:Synchronous"] = "OFF" });
        var error = Assert.ThrowsAny<Exception>(() => factory.Services);
        Assert.Contains("Database:Synchronous 'OFF'", error.ToString(), StringComparison.Ordinal);
    }
}

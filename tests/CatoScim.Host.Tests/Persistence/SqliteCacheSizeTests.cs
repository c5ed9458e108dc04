using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>`Database:SqliteCacheKiB` sizes the page cache of every connection a module keeps, EF's and the prepared sessions'.</summary>
public sealed class SqliteCacheSizeTests
{
    [Theory]
    [InlineData(null, -512L)]
    [InlineData("4096", -4096L)]
    public async Task Every_module_connection_and_prepared_session_has_the_configured_page_cache(string? configured, long expected)
    {
        await using var factory = new CatoScimFactory(settings: configured is null ? null : new() { ["Database:SqliteCacheKiB"] = configured });
        await factory.CreateAccountAsync("acme");

        foreach (var module in factory.Services.GetServices<ModuleDatabase>())
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(expected, await CacheSizeAsync((SqliteConnection)db.Database.GetDbConnection()));

            var pool = factory.Services.GetRequiredService(typeof(SqlitePreparedPool<>).MakeGenericType(module.ContextType));
            var session = (SqlitePreparedSession)pool.GetType().GetMethod(nameof(SqlitePreparedPool<DbContext>.Rent))!.Invoke(pool, null)!;
            try
            {
                Assert.Equal(expected, await CacheSizeAsync(session.Connection));
            }
            finally
            {
                session.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_bulk_load_gives_its_connection_back_with_the_configured_cache()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Database:SqliteCacheKiB"] = "768" });
        await factory.CreateAccountAsync("acme");
        var module = factory.Services.GetServices<ModuleDatabase>().First();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);

        await using (await BulkInserter.LargeCacheAsync(db, CancellationToken.None))
        {
            Assert.Equal(-262144L, await CacheSizeAsync((SqliteConnection)db.Database.GetDbConnection()));
        }

        await db.Database.OpenConnectionAsync();
        Assert.Equal(-768L, await CacheSizeAsync((SqliteConnection)db.Database.GetDbConnection()));
    }

    [Fact]
    public async Task A_cache_size_that_is_not_positive_stops_the_start()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Database:SqliteCacheKiB"] = "0" });
        var error = Assert.ThrowsAny<Exception>(() => factory.Services);
        Assert.Contains("Database:SqliteCacheKiB must be positive", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<long> CacheSizeAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Persistence;

/// <summary>Applies each module's own migrations (never EnsureCreated, which would bypass them).</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // WAL is a property of each module's file, set once; later connections inherit it.
                await using var connection = new SqliteConnection(settings.ConnectionStringFor(module.Module));
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA journal_mode=WAL;";
                await command.ExecuteNonQueryAsync(ct);
            }

            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.Database.MigrateAsync(ct);
            if (pending.Count > 0)
            {
                logger.LogInformation("Module {Module}: applied migrations {Migrations}", module.Module, pending);
            }
        }
    }
}

using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Persistence;

/// <summary>Applies each module's own migrations (never EnsureCreated, which would bypass them).</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseSettings settings, ILogger<DatabaseMigrator> logger)
{
    /// <param name="progress">Told each module's name before its migrations run and what was applied after.</param>
    public async Task<IReadOnlyList<ModuleMigration>> MigrateAsync(CancellationToken ct, IMigrationProgress? progress = null)
    {
        var results = new List<ModuleMigration>();
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
            progress?.Starting(module.Module, pending);
            await db.Database.MigrateAsync(ct);
            var result = new ModuleMigration(module.Module, pending);
            progress?.Finished(result);
            results.Add(result);
            if (pending.Count > 0)
            {
                logger.LogInformation("Module {Module}: applied migrations {Migrations}", module.Module, pending);
            }
        }

        return results;
    }
}

using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatoScim.ModuleKit.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers the provider-specific context (each has its own migrations) behind the module's base context type.
    /// `schema` is the SQL Server schema and the SQLite table prefix's source.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TSqlServer>(
        this IServiceCollection services, DatabaseSettings settings, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        if (settings.Provider == DatabaseProvider.SqlServer)
        {
            services.AddDbContextPool<TSqlServer>((sp, o) => ConfigureSqlServer(o, settings.ConnectionStringFor(schema), schema)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>(), DeliveryBatchInterceptor.Instance));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServer>());
        }
        else
        {
            services.AddDbContextPool<TSqlite>((sp, o) => ConfigureSqlite(o, settings.ConnectionStringFor(schema), schema, settings.Synchronous, settings.SqliteCacheKiB)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>(), DeliveryBatchInterceptor.Instance));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
            var connectionString = settings.ConnectionStringFor(schema);
            services.AddSingleton(sp => new SqlitePreparedPool<TContext>(connectionString, settings.Synchronous, settings.SqliteCacheKiB, sp.GetServices<ISqlCommandObserver>()));
            // Not AddHostedService: it de-duplicates by implementation type, and every module needs its own.
            services.AddSingleton<IHostedService>(sp => new SqliteCheckpointer(schema, connectionString, sp.GetRequiredService<ILogger<SqliteCheckpointer>>()));
        }

        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext)));
        services.AddOutboxDispatcher<TContext>();
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(
        DbContextOptionsBuilder options, string connectionString, string schema, SqliteSynchronous synchronous = SqliteSynchronous.Full,
        int cacheKiB = DatabaseSettings.DefaultSqliteCacheKiB) =>
        options.UseSqlite(connectionString, x => x.MigrationsHistoryTable($"__{schema}_migrations"))
            .AddInterceptors(SqlitePragmaInterceptor.For(synchronous, cacheKiB));

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseSqlServer(connectionString, x => x.MigrationsHistoryTable("__migrations", schema));
}

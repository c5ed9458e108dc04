using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            services.AddDbContextPool<TSqlServer>((sp, o) => ConfigureSqlServer(o, settings.ConnectionString, schema)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>()));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServer>());
        }
        else
        {
            services.AddDbContextPool<TSqlite>((sp, o) => ConfigureSqlite(o, settings.ConnectionString, schema)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>()));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
        }

        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext)));
        services.AddOutboxDispatcher<TContext>();
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseSqlite(connectionString, x => x.MigrationsHistoryTable($"__{schema}_migrations"))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseSqlServer(connectionString, x => x.MigrationsHistoryTable("__migrations", schema));
}

using System.Runtime.CompilerServices;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;

namespace CatoScim.Host.Hangfire;

internal static class HangfireSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>Storage follows Database:Provider: a sibling SQLite file by default, the same SQL Server database in production.</summary>
    public static IServiceCollection AddCatoScimHangfire(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                UseSqlServer(c, database);
            }
            else
            {
                UseSqlite(c, database);
            }
        });
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
        {
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));
        }

        services.AddSingleton<DashboardAuthorizationFilter>();
        services.AddSingleton<DashboardSignIn>();
        // Hangfire 1.8 validates its POST actions (retry, delete, trigger) with IAntiforgery when it is registered.
        services.AddAntiforgery();
        services.AddTransient<OutboxPurgeJob>();
        return services;
    }

    // One method per storage, never inlined: the JIT loads the assembly of every type a method names when it compiles
    // it, and Hangfire.SqlServer has no business in a SQLite deployment's memory (nor Hangfire.Storage.SQLite in SQL Server's).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseSqlServer(IGlobalConfiguration c, DatabaseSettings database) =>
        c.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseSqlite(IGlobalConfiguration c, DatabaseSettings database) =>
        c.UseSQLiteStorage(Path.Combine(database.SqliteFolder!, "hangfire.db"), new SQLiteStorageOptions());

    private static int _outboxPageAdded;

    // Hangfire's routes and menu are process-wide; a second host in the same process (tests) must not add them twice.
    private static void AddOutboxPage()
    {
        if (Interlocked.Exchange(ref _outboxPageAdded, 1) == 1)
        {
            return;
        }

        DashboardRoutes.Routes.Add(OutboxDeadLettersPage.Route, new OutboxDeadLettersPage());
        NavigationMenu.Items.Add(page => new MenuItem("Outbox", page.Url.To(OutboxDeadLettersPage.Route))
        {
            Active = page.RequestPath.StartsWith(OutboxDeadLettersPage.Route, StringComparison.Ordinal),
        });
    }

    public static void UseCatoScimHangfire(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments(DashboardPath), branch => branch.UseMiddleware<DashboardGate>());
        app.UseHangfireDashboard(DashboardPath, new DashboardOptions
        {
            DashboardTitle = "CatoScim jobs",
            Authorization = [app.Services.GetRequiredService<DashboardAuthorizationFilter>()],
            DisplayStorageConnectionString = false,
        });
        AddOutboxPage();
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<OutboxPurgeJob>("outbox-purge", j => j.PurgeAsync(CancellationToken.None), Cron.Hourly);
    }
}

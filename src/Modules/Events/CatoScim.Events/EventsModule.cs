using CatoScim.Events.Accounts;
using CatoScim.Events.Alerts;
using CatoScim.Events.Audit;
using CatoScim.Events.Digests;
using CatoScim.Events.Directories;
using CatoScim.Events.Feed;
using CatoScim.Events.GraphQL;
using CatoScim.Events.Mail;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Events.Seeding;
using CatoScim.Events.Timeline;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Http;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CatoScim.Events;

public static class EventsModule
{
    public static IServiceCollection AddEvents(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<EventsDbContext, EventsSqliteDbContext, EventsSqlServerDbContext>(database, EventsDbContext.Schema);
        services.Configure<EventsOptions>(configuration.GetSection("Events"));
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<MailSender>();
        services.TryAddSingleton<PublicOrigin>();
        services.AddSingleton<ConsoleOrigins>();
        services.AddScoped<AccountCopyWriter>();
        services.AddScoped<DirectoryCopyWriter>();
        services.AddScoped<ProvisioningEventRecorder>();
        services.AddScoped<FeedQuery>();
        services.AddScoped<EventSummaryQuery>();
        services.AddScoped<TimelineQuery>();
        services.AddScoped<UserEventsBatch>();
        services.AddSingleton<IObjectFieldContributor, UserEventsFieldContributor>();
        services.TryAddScoped<GraphQLBatchKeys>();
        services.AddScoped<ProvisioningEventsRetention>();
        services.AddScoped<DigestContentBuilder>();
        services.AddScoped<DigestSender>();
        services.AddMetrics();
        services.AddSingleton<DigestMetrics>();
        services.AddScoped<DigestRunner>();
        services.AddScoped<DigestSettingsService>();
        services.AddSingleton<TestEmailLimiter>();
        services.AddTransient<ProvisioningEventsRetentionJob>();
        services.AddTransient<ProvisioningDigestJob>();
        services.AddMetrics();
        services.AddSingleton<AlertMetrics>();
        services.AddSingleton<AlertQueue>();
        services.AddScoped<AlertRaiser>();
        services.AddScoped<AlertSender>();
        services.AddScoped<AlertSettingsService>();
        services.AddScoped<AlertSweep>();
        services.AddScoped<DirectoryAlerts>();
        services.AddScoped<LicensePoolAlerts>();
        services.AddScoped<TokenCopyWriter>();
        services.AddScoped<TokenExpiryScanner>();
        services.AddTransient<AlertSendJob>();
        services.AddTransient<AlertScanJob>();
        services.AddSingleton<IGraphQLContributor, EventsGraphQLContributor>();
        services.AddScoped<AuditFeedQuery>();
        services.AddScoped<AuditRetention>();
        services.AddTransient<AuditRetentionJob>();
        services.AddSingleton<IGraphQLContributor, AuditGraphQLContributor>();
        services.AddScoped<IDemoSeeder, DemoEventsSeeder>();
        return services;
    }

    public static WebApplication UseEvents(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var digest = app.Services.GetRequiredService<IOptions<EventsOptions>>().Value.Digest;
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<ProvisioningEventsRetentionJob>(ProvisioningEventsRetentionJob.Id, j => j.PurgeAsync(CancellationToken.None), Cron.Daily(3, 17));
        jobs.AddOrUpdate<AuditRetentionJob>(AuditRetentionJob.Id, j => j.PurgeAsync(CancellationToken.None), Cron.Daily(3, 37));
        jobs.AddOrUpdate<ProvisioningDigestJob>(ProvisioningDigestJob.Id, j => j.RunAsync(CancellationToken.None),
            DigestWindows.Cron(Math.Max(1, digest.IntervalMinutes), digest.GraceMinutes));
        jobs.AddOrUpdate<AlertScanJob>(AlertScanJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Hourly(5));
        return app;
    }
}

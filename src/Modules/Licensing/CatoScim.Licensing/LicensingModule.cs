using CatoScim.Licensing.BulkAssignment;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.GraphQL;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.Licensing.Seeding;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CatoScim.Licensing;

public static class LicensingModule
{
    public static IServiceCollection AddLicensing(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<LicensingDbContext, LicensingSqliteDbContext, LicensingSqlServerDbContext>(database, LicensingDbContext.Schema);
        services.AddScoped<LicenseStatusChanges>();
        services.AddScoped<SeatTransaction>();
        services.AddScoped<SeatCoverage>();
        services.AddScoped<SeatEngine>();
        services.AddScoped<EmptyPoolWriter>();
        services.AddScoped<UserCopyWriter>();
        services.AddScoped<GroupCopyWriter>();
        services.AddScoped<RuleEditor>();
        services.AddScoped<BulkAssignmentEditor>();
        services.AddScoped<CoveringRuleReader>();
        services.AddScoped<RuleSubjects>();
        services.AddScoped<UserLicenseRules>();
        services.AddScoped<PoolEditor>();
        services.AddScoped<LicenseReader>();
        services.AddSingleton<IGraphQLContributor, LicensingGraphQLContributor>();
        services.AddScoped<UserLicenseBatch>();
        services.AddSingleton<IObjectFieldContributor, UserLicenseFieldContributor>();
        services.TryAddScoped<GraphQLBatchKeys>();
        services.AddMetrics();
        services.AddSingleton<LicensePoolMetrics>();
        services.AddHostedService<LicenseStatusBackfill>();
        services.AddScoped<IDemoSeeder, DemoLicensingSeeder>();
        return services;
    }

    /// <summary>Creates the pool gauges; they are read only when a metrics listener collects.</summary>
    public static WebApplication UseLicensing(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<LicensePoolMetrics>();
        return app;
    }
}

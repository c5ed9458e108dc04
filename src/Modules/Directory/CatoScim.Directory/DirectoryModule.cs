using CatoScim.Directory.Accounts;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.GraphQL;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Licenses;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Directory.Scim.Groups;
using CatoScim.Directory.Scim.Refusals;
using CatoScim.Directory.Scim.Traffic;
using CatoScim.Directory.Scim.Users;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.ScimDirectories.Tokens;
using CatoScim.Directory.Seeding;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.AdminKeys;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Http;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using CatoScim.ModuleKit.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CatoScim.Directory;

/// <summary>Accounts, admin API keys, SCIM directories, users and groups.</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<DirectoryDbContext, DirectorySqliteDbContext, DirectorySqlServerDbContext>(database, DirectoryDbContext.Schema);
        services.AddSingleton(new ApiKeyLifetime(configuration.GetValue("ApiKeys:MaxLifetimeDays", ApiKeyLifetime.DefaultMaxDays)));
        services.AddScoped<ApiKeyIssuer>();
        services.AddScoped<IAdminKeyAuthenticator, ApiKeyAuthenticator>();
        services.AddScoped<IAdminKeyAdministration, ApiKeyAdministration>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<IAccountAdministration, AccountAdministration>();
        services.AddScoped<AccountUpdater>();
        // TryAdd: the SCIM endpoints register the same cache, and both sides must share one instance.
        services.AddScoped<ScimSettingsUpdater>();
        services.AddScoped<ScimDirectoryReader>();
        services.AddScoped<ScimDirectoryEditor>();
        services.AddScoped<ScimTokenIssuer>();
        services.AddScoped<UserReader>();
        services.AddScoped<UserEditor>();
        services.AddScoped<UserLicenseCopyWriter>();
        services.AddSingleton<IGraphQLContributor, DirectoryGraphQLContributor>();
        services.TryAddScoped<GraphQLBatchKeys>();
        services.AddOptions<ScimOptions>().Bind(configuration.GetSection("Scim"))
            .Validate(o => o.LimitsAreValid(), "Scim:MaxFilterDepth must be 1-100 and the other Scim:Max* limits at least 1.").ValidateOnStart();
        services.TryAddSingleton<PublicOrigin>();
        services.AddOptions<ScimHealthOptions>().Bind(configuration.GetSection("Scim:Health"))
            .Validate(o => o.IsValid(), "Scim:Health: FlushInterval 00:00:00.1-00:10:00, FailingWindow 1 min-1 h, DegradedWindow 1 min-24 h, IdleAfter at least 1 h, FailingMinFailures at least 1.").ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<ScimCredentialCache>();
        services.AddSingleton<ScimTrafficCounter>();
        services.AddSingleton<ScimAuthenticator>();
        services.AddSingleton<ScimRefusalMetrics>();
        services.AddSingleton<ScimRefusalAggregator>();
        services.AddSingleton<ScimRefusals>();
        services.AddSingleton<ScimRefusalPublisher>();
        services.AddSingleton<ScimFlushService>();
        services.AddHostedService<UserSearchIndexer>();
        services.AddHostedService(sp => sp.GetRequiredService<ScimFlushService>());
        services.AddSingleton<ScimRateLimiter>();
        services.AddSingleton<ScimConcurrencyLimiter>();
        services.TryAddSingleton<ForegroundActivity>();
        services.AddSingleton<ScimGateFilter>();
        services.TryAddSingleton<AuthFailureThrottle>();
        services.TryAddSingleton<VerifiedCredentials>();
        services.AddScoped<ScimRequestContext>();
        services.AddSingleton<ScimMemberStreamTurns>();
        services.AddScoped<ScimUserService>();
        services.AddSingleton<ScimUserReads>();
        services.AddScoped<GroupMembership>();
        services.AddScoped<GroupWriter>();
        services.AddScoped<GroupReader>();
        services.AddScoped<UserGroupsBatch>();
        services.AddScoped<GroupEditor>();
        services.AddScoped<ScimGroupQueries>();
        services.AddScoped<ScimGroupService>();
        services.AddScoped<ScimGroupRenderer>();
        services.AddScoped<IDemoSeeder, DemoDirectorySeeder>();
        return services;
    }

    public static WebApplication UseDirectory(this WebApplication app)
    {
        app.MapScim();
        return app;
    }
}

using CatoScim.Directory;
using CatoScim.Events;
using CatoScim.Host.Admin;
using CatoScim.Host.Bootstrap;
using CatoScim.Host.GraphQL;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Health;
using CatoScim.Host.Memory;
using CatoScim.Host.Persistence;
using CatoScim.Host.Telemetry;
using CatoScim.Host.Transport;
using CatoScim.Licensing;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Http;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CatoScim.Host.Composition;

/// <summary>The composition root: wires the modules, Mediator, GraphQL, Hangfire and health checks.</summary>
internal static class HostComposition
{
    public static WebApplicationBuilder AddCatoScim(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = DatabaseSettings.From(configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));

        services.AddDirectory(database, configuration);
        services.AddLicensing(database, configuration);
        services.AddEvents(database, configuration);
        services.AddMediator((Mediator.MediatorOptions o) => o.ServiceLifetime = ServiceLifetime.Scoped);

        services.AddSingleton<PublicOrigin>();
        services.TryAddSingleton<AuthFailureThrottle>();
        services.TryAddSingleton<VerifiedCredentials>();
        services.AddCatoScimTransport(configuration);
        services.Configure<GraphQLLimits>(configuration.GetSection("GraphQL"));
        services.AddGraphQLCors(configuration);
        services.AddSingleton<PersistedDocuments>();
        services.AddGraphQL(b => b
            .AddSchema<CatoScimSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(PagingInputType).Assembly)
            .AddGraphTypes(typeof(DirectoryModule).Assembly)
            .AddGraphTypes(typeof(LicensingModule).Assembly)
            .AddGraphTypes(typeof(EventsModule).Assembly)
            .AddGraphTypes(typeof(QueryType).Assembly)
            // DbContexts are scoped to the request, so resolvers must never run in parallel.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(o =>
            {
                IntrospectionLimits.Apply(o, configuration.GetValue("GraphQL:MaxDepth", 12));
                o.MaxComplexity = configuration.GetValue("GraphQL:MaxComplexity", 20_000);
                o.DefaultComplexityImpactDelegate = PagedListComplexity.Over(o.DefaultComplexityImpactDelegate);
            })
            .AddErrorInfoProvider(new FieldErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = builder.Environment.IsDevelopment() })));

        services.AddCatoScimHangfire(database, configuration);
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<ModuleStatusReader>();
        services.AddSingleton<OutboxRedrive>();
        services.AddSingleton<OutboxDeadLetterReader>();
        services.Configure<MemoryOptions>(configuration.GetSection("Memory"));
        services.AddHostedService<Gen0BudgetService>();
        services.AddHostedService<IdleReleaseService>();
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases", tags: ["ready"]);
        services.AddCatoScimTelemetry(configuration);
        return builder;
    }

    public static async Task UseCatoScimAsync(this WebApplication app)
    {
        app.UseCatoScimTransport();
        app.UseCatoScimTelemetry();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await FirstStartBanner.BootstrapAsync(app, app.Lifetime.ApplicationStopping);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapGraphQL();
        app.MapAdminConsole();
        app.UseCatoScimHangfire();
        app.UseDirectory();
        app.UseLicensing();
        app.UseEvents();
    }
}

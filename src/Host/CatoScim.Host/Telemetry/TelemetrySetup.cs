using CatoScim.ModuleKit.Outbox;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// OpenTelemetry for ops: every `CatoScim.*` meter and activity source, ASP.NET Core's own, OTLP export and the
/// protected Prometheus scrape. With neither OTLP nor Prometheus configured nothing is registered at all, so the
/// instruments have no listener and the request path pays nothing.
/// </summary>
internal static class TelemetrySetup
{
    private const string CatoScimSources = "CatoScim.*";

    public static IServiceCollection AddCatoScimTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = TelemetrySettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<OutboxBacklogReader>();
        services.AddSingleton<OutboxMetrics>();
        if (!settings.MetricsEnabled)
        {
            return services;
        }

        services.AddSingleton<ScimRequestMetrics>();
        if (settings.PrometheusEnabled && settings.PrometheusToken is null)
        {
            services.AddHostedService<MetricsBindingCheck>();
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("catoscim", serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CatoScimSources).AddAspNetCoreInstrumentation();
                if (settings.OtlpEndpoint is not null)
                {
                    metrics.AddOtlpExporter(o => Configure(o, settings, "v1/metrics"));
                }

                if (settings.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (settings.TracesEnabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(CatoScimSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsOpsPoll(http.Request.Path))
                .AddOtlpExporter(o => Configure(o, settings, "v1/traces")));
        }

        return services;
    }

    /// <summary>Before the modules' endpoints, so the SCIM timing wraps everything that answers under /scim/v2.</summary>
    public static void UseCatoScimTelemetry(this WebApplication app)
    {
        // The backlog gauges exist either way (dotnet-counters can listen to them too); unobserved they cost nothing.
        app.Services.GetRequiredService<OutboxMetrics>();
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (!settings.MetricsEnabled)
        {
            return;
        }

        app.UseMiddleware<ScimRequestMetricsMiddleware>();
        if (settings.PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint(TelemetrySettings.MetricsPath, meterProvider: null,
                configureBranchedPipeline: branch => branch.UseMiddleware<MetricsEndpointGate>(), optionsName: null);
        }
    }

    private static void Configure(OtlpExporterOptions options, TelemetrySettings settings, string signalPath)
    {
        options.Endpoint = settings.OtlpEndpointFor(signalPath);
        options.Protocol = settings.OtlpProtocol;
        if (settings.OtlpHeaders is { } headers)
        {
            options.Headers = headers;
        }
    }

    /// <summary>Scrapes and probes arrive every few seconds; as traces they would bury the requests worth looking at.</summary>
    private static bool IsOpsPoll(PathString path) =>
        path.StartsWithSegments(TelemetrySettings.MetricsPath) || path.StartsWithSegments("/health");
}

using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace CatoScim.Host.Tests.Telemetry;

/// <summary>
/// A Host with metrics turned on the way ops turn them on (the `/metrics` scrape with a token), plus an in-memory
/// exporter on the same MeterProvider that a test collects on demand.
/// </summary>
public sealed class TelemetryTestHost : IAsyncDisposable
{
    public const string Token = "scrape-token-0123456789";

    private readonly ExportedItems<MetricSnapshot> _metrics = new();

    public TelemetryTestHost(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Telemetry:Prometheus:Enabled"] = "true",
            ["Telemetry:Prometheus:Token"] = Token,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        Factory = new CatoScimFactory(settings: all, services: s =>
        {
            s.ConfigureOpenTelemetryMeterProvider(b => b.AddInMemoryExporter(_metrics));
            services?.Invoke(s);
        });
    }

    public CatoScimFactory Factory { get; }

    /// <summary>Runs one collection now (observable gauges read here) and returns what it exported.</summary>
    public List<MetricSnapshot> Collect()
    {
        _metrics.Clear();
        // False whatever happens: the Prometheus reader only exports during a scrape. The in-memory reader is collected anyway.
        Factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        var metrics = _metrics.Snapshot();
        Assert.NotEmpty(metrics);
        return metrics;
    }

    public static IEnumerable<MetricPoint> Points(IEnumerable<MetricSnapshot> metrics, string name) =>
        metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints);

    public static Dictionary<string, string?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, string?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value?.ToString();
        }

        return tags;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

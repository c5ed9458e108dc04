using OpenTelemetry.Exporter;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// The `Telemetry` section. Metrics are collected only when something exports them (OTLP or the `/metrics` scrape),
/// traces only when OTLP is set: otherwise no OpenTelemetry provider exists and the instruments have no listener.
/// </summary>
internal sealed record TelemetrySettings(
    Uri? OtlpEndpoint,
    OtlpExportProtocol OtlpProtocol,
    string? OtlpHeaders,
    bool PrometheusEnabled,
    string? PrometheusToken,
    bool TenantTags)
{
    public const string MetricsPath = "/metrics";

    public bool MetricsEnabled => OtlpEndpoint is not null || PrometheusEnabled;

    public bool TracesEnabled => OtlpEndpoint is not null;

    public static TelemetrySettings From(IConfiguration configuration)
    {
        Uri? endpoint = null;
        if (configuration["Telemetry:Otlp:Endpoint"] is { Length: > 0 } raw
            && (!Uri.TryCreate(raw, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Endpoint must be an absolute http(s) URL, not '{raw}'.");
        }

        return new TelemetrySettings(
            endpoint,
            Protocol(configuration["Telemetry:Otlp:Protocol"]),
            configuration["Telemetry:Otlp:Headers"] is { Length: > 0 } headers ? headers : null,
            configuration.GetValue("Telemetry:Prometheus:Enabled", false),
            configuration["Telemetry:Prometheus:Token"] is { Length: > 0 } token ? token : null,
            configuration.GetValue("Telemetry:Metrics:TenantTags", false));
    }

    /// <summary>The OTLP spelling (OTEL_EXPORTER_OTLP_PROTOCOL) and the exporter's enum names are both accepted.</summary>
    private static OtlpExportProtocol Protocol(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "GRPC" => OtlpExportProtocol.Grpc,
        "HTTP/PROTOBUF" or "HTTPPROTOBUF" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"Telemetry:Otlp:Protocol must be 'grpc' or 'http/protobuf', not '{value}'."),
    };

    /// <summary>Over HTTP each signal has its own path under the collector's base URL; gRPC takes the base URL as is.</summary>
    public Uri OtlpEndpointFor(string signalPath) =>
        OtlpProtocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri($"{OtlpEndpoint!.AbsoluteUri.TrimEnd('/')}/{signalPath}")
            : OtlpEndpoint!;
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// `catoscim.scim.requests` and `catoscim.scim.request.duration` by method, resource and status class. The resource
/// comes from the matched route (bounded), never from the raw path, and tenant ids are labels only when
/// `Telemetry:Metrics:TenantTags` asks for them.
/// </summary>
internal sealed class ScimRequestMetrics
{
    public const string MeterName = "CatoScim.Host";
    public const string Unmatched = "unmatched";

    private static readonly string[] StatusClasses = ["1xx", "2xx", "3xx", "4xx", "5xx"];

    // SCIM answers in well under a millisecond to a few seconds; the SDK's default buckets start at 5 (ms-scaled).
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<Endpoint, string> _resources = new();
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly bool _tenantTags;

    public ScimRequestMetrics(IMeterFactory meters, TelemetrySettings settings)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("catoscim.scim.requests", "{request}", "SCIM requests answered.");
        _duration = meter.CreateHistogram("catoscim.scim.request.duration", "s", "Time to answer a SCIM request.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
        _tenantTags = settings.TenantTags;
    }

    public void Record(HttpContext http, int status, long startTimestamp)
    {
        var endpoint = http.GetEndpoint();
        var tags = new TagList
        {
            { "method", Method(http.Request.Method) },
            { "resource", endpoint is null ? Unmatched : _resources.GetOrAdd(endpoint, ResourceOf) },
            { "status_class", status is >= 100 and < 600 ? StatusClasses[(status / 100) - 1] : "5xx" },
        };
        // Refused requests (401, 429) name ids nobody vouched for: as labels they would let anyone create series.
        if (_tenantTags && status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status429TooManyRequests)
            && Guid.TryParse(http.GetRouteValue("accountId") as string, out var account)
            && Guid.TryParse(http.GetRouteValue("directoryId") as string, out var directory))
        {
            tags.Add("account_id", account.ToString());
            tags.Add("directory_id", directory.ToString());
        }

        _requests.Add(1, tags);
        _duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    /// <summary>The literal after `{directoryId}` in the route pattern: Users, Groups, Schemas, ServiceProviderConfig, ResourceTypes.</summary>
    internal static string ResourceOf(Endpoint endpoint)
    {
        if (endpoint is not RouteEndpoint { RoutePattern.PathSegments: var segments })
        {
            return Unmatched;
        }

        for (var i = 0; i < segments.Count - 1; i++)
        {
            if (segments[i].Parts is [RoutePatternParameterPart { Name: "directoryId" }]
                && segments[i + 1].Parts is [RoutePatternLiteralPart literal])
            {
                return literal.Content;
            }
        }

        return Unmatched;
    }

    private static string Method(string method) => method switch
    {
        _ when HttpMethods.IsGet(method) => HttpMethods.Get,
        _ when HttpMethods.IsPost(method) => HttpMethods.Post,
        _ when HttpMethods.IsPut(method) => HttpMethods.Put,
        _ when HttpMethods.IsPatch(method) => HttpMethods.Patch,
        _ when HttpMethods.IsDelete(method) => HttpMethods.Delete,
        _ when HttpMethods.IsHead(method) => HttpMethods.Head,
        _ when HttpMethods.IsOptions(method) => HttpMethods.Options,
        // Any other verb is one label, as OpenTelemetry's HTTP conventions do, so clients cannot mint series.
        _ => "_OTHER",
    };
}

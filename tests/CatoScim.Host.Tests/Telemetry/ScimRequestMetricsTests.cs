using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using OpenTelemetry.Metrics;
using static CatoScim.Host.Tests.Telemetry.TelemetryTestHost;

namespace CatoScim.Host.Tests.Telemetry;

public sealed class ScimRequestMetricsTests
{
    [Fact]
    public async Task Scim_requests_are_counted_and_timed_by_method_resource_and_status_class()
    {
        await using var host = new TelemetryTestHost();
        await SendTrafficAsync(host);

        var metrics = host.Collect();
        var expected = new Dictionary<string, long>
        {
            ["POST Users 2xx"] = 1,
            ["GET Users 2xx"] = 1,
            ["GET Schemas 2xx"] = 1,
            ["GET Groups 4xx"] = 1,
            ["GET unmatched 4xx"] = 1,
        };
        Assert.Equal(expected, Points(metrics, "catoscim.scim.requests").ToDictionary(Key, p => p.GetSumLong()));
        var duration = Assert.Single(metrics, m => m.Name == "catoscim.scim.request.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Equal(expected, duration.MetricPoints.ToDictionary(Key, p => p.GetHistogramCount()));
        Assert.All(duration.MetricPoints, p => Assert.True(p.GetHistogramSum() > 0));
    }

    [Fact]
    public async Task By_default_no_metric_carries_an_account_or_directory_id()
    {
        await using var host = new TelemetryTestHost();
        var scim = await SendTrafficAsync(host);

        var metrics = host.Collect();
        Assert.Contains(metrics, m => m.Name == "catoscim.scim.requests");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        var ids = new[] { scim.AccountId, scim.DirectoryId }.SelectMany(id => new[] { id.ToString("D"), id.ToString("N") }).ToList();
        var tags = metrics.SelectMany(m => m.MetricPoints.SelectMany(Tags)).ToList();
        Assert.NotEmpty(tags);
        Assert.DoesNotContain(tags, t => ids.Any(id => t.Value?.Contains(id, StringComparison.OrdinalIgnoreCase) == true));
        // Route templates such as /scim/v2/{accountId}/{directoryId}/Users are fine as values; no key names a tenant.
        Assert.DoesNotContain(tags, t => t.Key.Contains("account", StringComparison.OrdinalIgnoreCase) || t.Key.Contains("directory", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Tenant_tags_are_opt_in_and_never_on_refused_requests()
    {
        await using var host = new TelemetryTestHost(new() { ["Telemetry:Metrics:TenantTags"] = "true" });
        var scim = await SendTrafficAsync(host);

        var points = Points(host.Collect(), "catoscim.scim.requests").Select(p => (Key: Key(p), Tags: Tags(p))).ToList();
        var created = Assert.Single(points, p => p.Key == "POST Users 2xx").Tags;
        Assert.Equal((scim.AccountId.ToString(), scim.DirectoryId.ToString()), (created["account_id"], created["directory_id"]));
        var refused = Assert.Single(points, p => p.Key == "GET Groups 4xx").Tags;
        Assert.False(refused.ContainsKey("account_id") || refused.ContainsKey("directory_id"));
    }

    /// <summary>A create, a lookup, discovery, a refused token and a path no SCIM route matches.</summary>
    private static async Task<ScimTestClient> SendTrafficAsync(TelemetryTestHost host)
    {
        var scim = await host.Factory.CreateScimClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await scim.PostAsync("/Users", ScimBodies.OktaUser("ann@acme.com"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync($"/Users?filter={ScimBodies.Filter("userName eq \"ann@acme.com\"")}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync("/Schemas")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.SendAsync(HttpMethod.Get, "/Groups", null, bearer: "cst_not-a-token")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await scim.GetAsync("/Nothing")).Status);
        return scim;
    }

    private static string Key(MetricPoint point)
    {
        var tags = Tags(point);
        return $"{tags["method"]} {tags["resource"]} {tags["status_class"]}";
    }
}

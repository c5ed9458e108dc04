using System.Net;
using System.Net.Http.Headers;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CatoScim.Host.Tests.Telemetry;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task By_default_no_provider_listens_and_metrics_are_not_served()
    {
        await using var factory = new CatoScimFactory();
        using var response = await factory.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Prometheus_alone_turns_on_metrics_but_not_traces()
    {
        await using var host = new TelemetryTestHost();
        Assert.NotNull(host.Factory.Services.GetService<MeterProvider>());
        Assert.Null(host.Factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_a_token_a_scrape_needs_it_and_gets_the_prometheus_text()
    {
        await using var host = new TelemetryTestHost();
        var scim = await host.Factory.CreateScimClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync("/ServiceProviderConfig")).Status);
        var client = host.Factory.CreateClient();

        using (var anonymous = await client.GetAsync("/metrics"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.Equal("Bearer", Assert.Single(anonymous.Headers.WwwAuthenticate).Scheme);
        }

        using (var wrong = await ScrapeAsync(client, "not-the-token"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var text = await Eventually.AssertAsync(async () =>
        {
            using var scrape = await ScrapeAsync(client, TelemetryTestHost.Token);
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            Assert.Equal("text/plain", scrape.Content.Headers.ContentType?.MediaType);
            return await scrape.Content.ReadAsStringAsync();
        }, t => t.Contains("catoscim_scim_requests_total{", StringComparison.Ordinal), "the SCIM counter in the scrape");
        Assert.Contains("resource=\"ServiceProviderConfig\"", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE catoscim_scim_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.DoesNotContain(scim.AccountId.ToString(), text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_a_token_only_a_loopback_client_no_proxy_forwarded_is_served()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Telemetry:Prometheus:Enabled"] = "true" });
        var client = factory.CreateClient();

        using (var local = await FromAsync(client, "127.0.0.1"))
        {
            Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        }

        using (var remote = await FromAsync(client, "203.0.113.7"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
        }

        using (var forwarded = await FromAsync(client, "127.0.0.1", forwardedFor: "127.0.0.1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forwarded.StatusCode);
        }
    }

    private static Task<HttpResponseMessage> ScrapeAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> FromAsync(HttpClient client, string address, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(TestRemoteIpStartupFilter.Header, address);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return client.SendAsync(request);
    }
}

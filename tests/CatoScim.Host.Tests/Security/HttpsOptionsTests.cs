using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CatoScim.Host.Tests.Security;

public sealed class HttpsOptionsTests
{
    [Fact]
    public async Task Http_is_redirected_to_https_when_configured()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: new() { ["Https:Redirect"] = "true", ["Https:Port"] = "443" });
        using var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/health/live", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Hsts_is_sent_on_https_behind_the_proxy_only_when_configured(bool configured)
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: new() { ["Https:Hsts"] = configured ? "true" : "false" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add(TestRemoteIpStartupFilter.Header, "127.0.0.1");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "scim.example.com");
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(configured, response.Headers.Contains("Strict-Transport-Security"));
    }
}

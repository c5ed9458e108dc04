using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Hangfire;

public sealed class DashboardAuthenticationTests
{
    private static readonly Dictionary<string, string?> OpsCredentials = new()
    {
        ["Hangfire:Dashboard:Username"] = "ops",
        ["Hangfire:Dashboard:PasswordHash"] = DashboardCredentials.Hash("s3cret-ops"),
    };

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Production", "127.0.0.1")]
    [InlineData("Development", "203.0.113.7")]
    public async Task Unauthenticated_request_is_refused(string environment, string? remoteIp)
    {
        await using var factory = new CatoScimFactory(environment: environment, settings: OpsCredentials);
        using var response = await SendAsync(factory, remoteIp, null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_is_refused()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        using var response = await SendAsync(factory, "203.0.113.7", ("ops", "guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ops_credentials_open_the_dashboard()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        using var response = await SendAsync(factory, "203.0.113.7", ("ops", "s3cret-ops"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("outbox-purge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_in_development_needs_no_credentials()
    {
        await using var factory = new CatoScimFactory(environment: "Development");
        using var response = await SendAsync(factory, "127.0.0.1", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("outbox-purge", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(CatoScimFactory factory, string? remoteIp, (string User, string Password)? credentials)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
        if (remoteIp is not null)
        {
            request.Headers.Add(TestRemoteIpStartupFilter.Header, remoteIp);
        }

        if (credentials is { } c)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.User}:{c.Password}")));
        }

        return await factory.CreateClient().SendAsync(request);
    }
}

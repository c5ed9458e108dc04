using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Security;

public sealed class DashboardProtectionTests
{
    private static readonly Dictionary<string, string?> OpsCredentials = new()
    {
        ["Hangfire:Dashboard:Username"] = "ops",
        ["Hangfire:Dashboard:PasswordHash"] = DashboardCredentials.Hash("s3cret-ops"),
    };

    [Fact]
    public async Task Fifty_bad_passwords_are_throttled_and_a_good_one_from_another_address_works()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", $"guess-{i}"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        // The default burst is 20 failures per address.
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 20).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 30)), statuses);
        using (var blocked = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", "s3cret-ops")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        }

        using var good = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "198.51.100.20", ("ops", "s3cret-ops"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task A_password_that_signed_in_lately_still_works_from_the_throttled_address()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        var client = factory.CreateClient();
        using (var first = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", "s3cret-ops")))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        for (var i = 0; i < 20; i++)
        {
            using var bad = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", $"guess-{i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        // Past Hangfire:Dashboard:SignInCache, so PBKDF2 runs again: only for a header that signed in lately.
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        using (var guess = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", "guess-again")))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, guess.StatusCode);
        }

        using var good = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", "s3cret-ops"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task Dashboard_pages_carry_nosniff_and_frame_protection()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        using var response = await SendAsync(factory.CreateClient(), HttpMethod.Get, "/hangfire/recurring", "203.0.113.7", ("ops", "s3cret-ops"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_post_without_the_antiforgery_token_is_refused()
    {
        await using var factory = new CatoScimFactory(environment: "Production", settings: OpsCredentials);
        using var content = new FormUrlEncodedContent([new("jobs[]", "outbox-purge")]);
        using var response = await SendAsync(factory.CreateClient(), HttpMethod.Post, "/hangfire/recurring/trigger", "203.0.113.7", ("ops", "s3cret-ops"), content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_request_from_loopback_gets_no_development_exemption()
    {
        await using var factory = new CatoScimFactory(environment: "Development");
        var client = factory.CreateClient();
        using (var local = await SendAsync(client, HttpMethod.Get, "/hangfire/recurring", "127.0.0.1", null))
        {
            Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        }

        foreach (var forwardedFor in new[] { "203.0.113.9", "127.0.0.1" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
            request.Headers.Add(TestRemoteIpStartupFilter.Header, "127.0.0.1");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var forwarded = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, forwarded.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string remoteIp,
        (string User, string Password)? credentials, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(TestRemoteIpStartupFilter.Header, remoteIp);
        if (credentials is { } c)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.User}:{c.Password}")));
        }

        return await client.SendAsync(request);
    }
}

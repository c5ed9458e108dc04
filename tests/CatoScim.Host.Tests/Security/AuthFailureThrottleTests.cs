using System.Net;
using System.Net.Http.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Security;

/// <summary>Failed authentication is counted per client address; over the burst, 429 with Retry-After before any check.</summary>
public sealed class AuthFailureThrottleTests : IAsyncLifetime
{
    private const string Attacker = "203.0.113.7";
    private const string Other = "198.51.100.20";
    private readonly CatoScimFactory _factory = new(settings: new() { ["AuthFailures:Burst"] = "3", ["AuthFailures:Window"] = "00:05:00" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Scim_bearer_failures_over_the_burst_get_429_with_Retry_After_even_with_the_right_token()
    {
        var scim = await _factory.CreateScimClientAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ScimAsync(scim, Attacker, "cst_wrong")).Status);
        }

        var refused = await ScimAsync(scim, Attacker, scim.Token);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and <= 300, refused.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(scim, Other, scim.Token)).Status);

        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(scim, Attacker, scim.Token)).Status);
    }

    [Fact]
    public async Task GraphQL_key_failures_over_the_burst_get_429_RATE_LIMITED_even_with_a_valid_key()
    {
        var (_, key) = await _factory.CreateAccountAsync();
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var bad = await GraphQLAsync(client, Attacker, "cak_wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        using var refused = await GraphQLAsync(client, Attacker, key);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = await GraphQLAsync(client, Other, key);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Successful_requests_do_not_count_towards_the_burst()
    {
        var scim = await _factory.CreateScimClientAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await ScimAsync(scim, Attacker, scim.Token)).Status);
        }
    }

    private static Task<ScimResponse> ScimAsync(ScimTestClient scim, string address, string bearer) =>
        scim.SendAsync(HttpMethod.Get, "/Users", null, r => r.Headers.Add(TestRemoteIpStartupFilter.Header, address), bearer);

    private static async Task<HttpResponseMessage> GraphQLAsync(HttpClient client, string address, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { role } }" }) };
        request.Headers.Add("x-api-key", key);
        request.Headers.Add(TestRemoteIpStartupFilter.Header, address);
        return await client.SendAsync(request);
    }
}

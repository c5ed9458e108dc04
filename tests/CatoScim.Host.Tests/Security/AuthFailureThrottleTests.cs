using System.Net;
using System.Net.Http.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Security;

/// <summary>
/// Failed authentication is counted per client address; over the burst, failing credentials get 429 with Retry-After,
/// while credentials that can be checked without a query (or that worked lately) are still served.
/// </summary>
public sealed class AuthFailureThrottleTests : IAsyncLifetime
{
    private const string Attacker = "203.0.113.7";
    private const string Other = "198.51.100.20";
    private readonly CatoScimFactory _factory = new(settings: new() { ["AuthFailures:Burst"] = "3", ["AuthFailures:Window"] = "00:05:00" },
        services: RequestSqlMeter.AddTo);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Scim_bearer_failures_over_the_burst_get_429_with_Retry_After_until_the_window_ends()
    {
        var scim = await _factory.CreateScimClientAsync();
        await BurstAsync(scim);

        var refused = await ScimAsync(scim, Attacker, "cst_wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.Headers.RetryAfter?.Delta?.TotalSeconds is > 0 and <= 300, refused.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScimAsync(scim, Other, "cst_wrong")).Status);

        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ScimAsync(scim, Attacker, "cst_wrong")).Status);
    }

    [Fact]
    public async Task A_valid_SCIM_token_from_a_throttled_address_gets_200_and_a_bad_one_429_without_a_query()
    {
        var scim = await _factory.CreateScimClientAsync();
        await BurstAsync(scim);

        // The burst just read the directory's credentials, so the token is checked against the cache.
        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(scim, Attacker, scim.Token)).Status);

        // Past the cache's lifetime: the token worked lately, so it may pay for the refill; a bad one may not.
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(scim, Attacker, scim.Token)).Status);
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var refused = await ScimAsync(scim, Attacker, "cst_wrong", "throttled-guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(0, _factory.Services.GetRequiredService<RequestSqlMeter>()["throttled-guess"].Commands);
    }

    [Fact]
    public async Task Another_directorys_valid_token_from_the_throttled_shared_address_gets_200()
    {
        var tenant = await _factory.CreateScimClientAsync();
        var neighbour = await _factory.CreateScimClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(tenant, Attacker, tenant.Token)).Status);

        // The tenant's cached credentials have expired by the time its neighbour's revoked token trips the throttle.
        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        await BurstAsync(neighbour);

        Assert.Equal(HttpStatusCode.OK, (await ScimAsync(tenant, Attacker, tenant.Token)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ScimAsync(neighbour, Attacker, "cst_wrong")).Status);
    }

    [Fact]
    public async Task GraphQL_key_failures_over_the_burst_get_429_RATE_LIMITED_for_bad_and_never_seen_keys()
    {
        var (_, key) = await _factory.CreateAccountAsync();
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var bad = await GraphQLAsync(client, Attacker, "cak_wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        // A key this host never accepted would cost a query to check, which a throttled address does not get.
        using var refused = await GraphQLAsync(client, Attacker, key);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = await GraphQLAsync(client, Other, key);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_GraphQL_key_that_worked_lately_gets_200_from_the_throttled_address_and_a_bad_one_429_without_a_query()
    {
        var (_, key) = await _factory.CreateAccountAsync();
        var client = _factory.CreateClient();
        using (var before = await GraphQLAsync(client, Attacker, key))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var bad = await GraphQLAsync(client, Attacker, "cak_wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        }

        using var valid = await GraphQLAsync(client, Attacker, key);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        using var refused = await GraphQLAsync(client, Attacker, "cak_wrong", "throttled-guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(0, _factory.Services.GetRequiredService<RequestSqlMeter>()["throttled-guess"].Commands);
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

    private static async Task BurstAsync(ScimTestClient scim)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ScimAsync(scim, Attacker, "cst_wrong")).Status);
        }
    }

    private static Task<ScimResponse> ScimAsync(ScimTestClient scim, string address, string bearer, string? meter = null) =>
        scim.SendAsync(HttpMethod.Get, "/Users", null, r =>
        {
            r.Headers.Add(TestRemoteIpStartupFilter.Header, address);
            if (meter is not null)
            {
                r.Headers.Add(RequestSqlMeter.Header, meter);
            }
        }, bearer);

    private static async Task<HttpResponseMessage> GraphQLAsync(HttpClient client, string address, string key, string? meter = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { role } }" }) };
        request.Headers.Add("x-api-key", key);
        request.Headers.Add(TestRemoteIpStartupFilter.Header, address);
        if (meter is not null)
        {
            request.Headers.Add(RequestSqlMeter.Header, meter);
        }

        return await client.SendAsync(request);
    }
}

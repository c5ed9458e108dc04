using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Directory health under traffic driven over HTTP, with the fake clock driving the flush.</summary>
public sealed class ScimDirectoryHealthTests : IAsyncLifetime
{
    private const string HealthQuery = """
        query($a: ID!) { directory(accountId: $a) { directories { id
          health { status lastRequestAt lastSuccessAt lastFailureAt lastFailureReason requestsLast24h failuresLast24h tokenExpiresAt tokenLastUsedAt }
          tokens { id lastUsedAt expiresSoon } } } }
        """;

    private static readonly DateTime Ten = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private readonly CatoScimFactory _factory = new(settings: new() { ["AuthFailures:Burst"] = "0", ["Scim:RateLimitPerSecond"] = "0" }, services: RequestSqlMeter.AddTo);
    private GraphQLTestClient _admin = null!;
    private Guid _accountId;
    private string _directoryId = "";

    public async Task InitializeAsync()
    {
        string key;
        (_accountId, key) = await _factory.CreateAccountAsync();
        _admin = _factory.GraphQL(key);
        _directoryId = await DirectoryAdminCalls.CreateDirectoryAsync(_admin, _accountId, "Okta");
        await _admin.DataAsync(DirectoryAdminCalls.SettingsMutation(_accountId, true));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Health_moves_from_never_connected_to_healthy_to_failing_and_back_to_healthy()
    {
        var (oldToken, oldSecret) = await DirectoryAdminCalls.CreateTokenAsync(_admin, _accountId, _directoryId);
        var (_, newSecret) = await DirectoryAdminCalls.CreateTokenAsync(_admin, _accountId, _directoryId);
        var (_, never) = await HealthAsync();
        Assert.Equal("NEVER_CONNECTED", never.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, never.GetProperty("lastRequestAt").ValueKind);

        await SendAsync(oldSecret, 1, HttpStatusCode.OK);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        var (tokens, healthy) = await HealthAsync();
        Assert.Equal("HEALTHY", healthy.GetProperty("status").GetString());
        Assert.Equal(Ten, healthy.GetProperty("lastSuccessAt").GetDateTime().ToUniversalTime());
        Assert.Equal(Ten, healthy.GetProperty("tokenLastUsedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(Ten, tokens.Single(t => t.GetProperty("id").GetString() == oldToken).GetProperty("lastUsedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(1, healthy.GetProperty("requestsLast24h").GetInt32());

        // The admin revokes the token the IdP still uses: the IdP's retries are refused.
        await _admin.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = _accountId, t = oldToken });
        await SendAsync(oldSecret, 6, HttpStatusCode.Unauthorized);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        var (_, failing) = await HealthAsync();
        Assert.Equal("FAILING", failing.GetProperty("status").GetString());
        Assert.Equal("TOKEN_REVOKED", failing.GetProperty("lastFailureReason").GetString());
        Assert.Equal(Ten.AddSeconds(15), failing.GetProperty("lastFailureAt").GetDateTime().ToUniversalTime());
        Assert.Equal((7, 6), (failing.GetProperty("requestsLast24h").GetInt32(), failing.GetProperty("failuresLast24h").GetInt32()));

        // Time alone does not end the episode while the latest outcome is a failure.
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromMinutes(20));
        Assert.Equal("FAILING", (await HealthAsync()).Health.GetProperty("status").GetString());

        // The IdP is switched to the new token.
        await SendAsync(newSecret, 2, HttpStatusCode.OK);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        var (_, recovered) = await HealthAsync();
        Assert.Equal("HEALTHY", recovered.GetProperty("status").GetString());
        Assert.Equal((9, 6), (recovered.GetProperty("requestsLast24h").GetInt32(), recovered.GetProperty("failuresLast24h").GetInt32()));

        var changes = await ChangesAsync();
        Assert.Equal(["NEVER_CONNECTED>HEALTHY", "HEALTHY>FAILING", "FAILING>HEALTHY"],
            changes.Select(c => $"{c.GetProperty("previousStatus").GetString()}>{c.GetProperty("status").GetString()}"));
        Assert.Equal("TOKEN_REVOKED", changes[1].GetProperty("reason").GetString());
        Assert.Equal((7, 6), (changes[1].GetProperty("requestsInWindow").GetInt32(), changes[1].GetProperty("failuresInWindow").GetInt32()));
        Assert.All(changes, c => Assert.Equal(_directoryId, c.GetProperty("directoryId").GetString()));
        await Eventually.AssertAsync(() => _factory.WithDbAsync(db => db.Set<OutboxMessage>()
            .CountAsync(m => m.Type.Contains("ScimDirectoryHealthChanged") && m.DeliveredAt != null && m.Attempts == 0)), n => n == 3, "the changes delivered");
    }

    [Fact]
    public async Task A_directory_with_no_request_for_a_day_turns_idle_by_time_alone_and_healthy_on_the_next_request()
    {
        var (_, secret) = await DirectoryAdminCalls.CreateTokenAsync(_admin, _accountId, _directoryId);
        await SendAsync(secret, 1, HttpStatusCode.OK);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromHours(23));
        Assert.Equal("HEALTHY", (await HealthAsync()).Health.GetProperty("status").GetString());

        await _factory.AdvanceAndFlushAsync(TimeSpan.FromHours(1));
        var (_, idle) = await HealthAsync();
        Assert.Equal("IDLE", idle.GetProperty("status").GetString());
        Assert.Equal(0, idle.GetProperty("requestsLast24h").GetInt32());

        await SendAsync(secret, 1, HttpStatusCode.OK);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("HEALTHY", (await HealthAsync()).Health.GetProperty("status").GetString());
        Assert.Equal(["NEVER_CONNECTED>HEALTHY", "HEALTHY>IDLE", "IDLE>HEALTHY"],
            (await ChangesAsync()).Select(c => $"{c.GetProperty("previousStatus").GetString()}>{c.GetProperty("status").GetString()}"));
    }

    [Fact]
    public async Task A_token_expiring_within_seven_days_is_flagged_and_its_expiry_is_the_directorys()
    {
        var now = _factory.Time.GetUtcNow().UtcDateTime;
        const string create = "mutation($a: ID!, $d: ID!, $e: DateTime) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, expiresAt: $e}) { scimToken { id } } } }";
        var soon = (await _admin.DataAsync(create, new { a = _accountId, d = _directoryId, e = now.AddDays(6).ToString("O") }))
            .GetProperty("directory").GetProperty("createScimToken").GetProperty("scimToken").GetProperty("id").GetString();
        await _admin.DataAsync(create, new { a = _accountId, d = _directoryId, e = now.AddDays(30).ToString("O") });

        var (tokens, health) = await HealthAsync();
        Assert.Equal(now.AddDays(6), health.GetProperty("tokenExpiresAt").GetDateTime().ToUniversalTime());
        Assert.All(tokens, t => Assert.Equal(t.GetProperty("id").GetString() == soon, t.GetProperty("expiresSoon").GetBoolean()));

        _factory.Time.Advance(TimeSpan.FromDays(7));
        var (later, afterExpiry) = await HealthAsync();
        Assert.Equal(now.AddDays(30), afterExpiry.GetProperty("tokenExpiresAt").GetDateTime().ToUniversalTime());
        Assert.All(later, t => Assert.False(t.GetProperty("expiresSoon").GetBoolean()));
    }

    [Fact]
    public async Task Two_hosts_on_one_database_add_up_their_counts()
    {
        var (_, secret) = await DirectoryAdminCalls.CreateTokenAsync(_admin, _accountId, _directoryId);
        await using var second = new CatoScimFactory(_factory.DataDir, settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
        var path = $"/scim/v2/{_accountId}/{_directoryId}";
        var one = new ScimTestClient(_factory.CreateClient(), path, secret, _accountId, Guid.Parse(_directoryId));
        var two = new ScimTestClient(second.CreateClient(), path, secret, _accountId, Guid.Parse(_directoryId));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/ServiceProviderConfig")).Status);
            Assert.Equal(HttpStatusCode.OK, (await two.GetAsync("/ServiceProviderConfig")).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await two.GetAsync($"/Users/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await two.PostAsync("/Users", ScimBodies.OktaUser("not-an-email"))).Status);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        await second.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));

        var (_, health) = await HealthAsync();
        Assert.Equal((8, 1), (health.GetProperty("requestsLast24h").GetInt32(), health.GetProperty("failuresLast24h").GetInt32()));
        Assert.Equal("HTTP_400", health.GetProperty("lastFailureReason").GetString());
        Assert.Equal("DEGRADED", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_successful_request_writes_nothing_and_its_token_use_arrives_with_the_flush()
    {
        var (tokenId, secret) = await DirectoryAdminCalls.CreateTokenAsync(_admin, _accountId, _directoryId);
        var scim = new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{_accountId}/{_directoryId}", secret, _accountId, Guid.Parse(_directoryId));
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.SendAsync(HttpMethod.Get, "/Users", null, bearer: "cst_wrong")).Status);

        var served = await scim.SendAsync(HttpMethod.Get, "/ServiceProviderConfig", null, r => r.Headers.Add(RequestSqlMeter.Header, "first use"));
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Equal(new SqlCost(0, 0), _factory.Services.GetRequiredService<RequestSqlMeter>()["first use"]);
        Assert.Null(await _factory.WithDbAsync(db => db.ScimTokens.Where(t => t.Id == Guid.Parse(tokenId)).Select(t => t.LastUsedAt).SingleAsync()));

        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(Ten, await _factory.WithDbAsync(db => db.ScimTokens.Where(t => t.Id == Guid.Parse(tokenId)).Select(t => t.LastUsedAt).SingleAsync()));
        Assert.Equal(Ten, await _factory.WithDbAsync(db => db.ScimDirectories.Where(d => d.Id == Guid.Parse(_directoryId)).Select(d => d.LastRequestAt).SingleAsync()));
    }

    private async Task SendAsync(string secret, int times, HttpStatusCode expected)
    {
        var scim = new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{_accountId}/{_directoryId}", secret, _accountId, Guid.Parse(_directoryId));
        for (var i = 0; i < times; i++)
        {
            Assert.Equal(expected, (await scim.GetAsync("/Users?count=1")).Status);
        }
    }

    private async Task<(List<JsonElement> Tokens, JsonElement Health)> HealthAsync()
    {
        var directory = (await _admin.DataAsync(HealthQuery, new { a = _accountId })).GetProperty("directory").GetProperty("directories")
            .EnumerateArray().Single(d => d.GetProperty("id").GetString() == _directoryId);
        return ([.. directory.GetProperty("tokens").EnumerateArray()], directory.GetProperty("health"));
    }

    private async Task<List<JsonElement>> ChangesAsync() =>
        [.. (await _factory.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.Contains("ScimDirectoryHealthChanged"))
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync())).Select(p => JsonDocument.Parse(p).RootElement.Clone())];
}

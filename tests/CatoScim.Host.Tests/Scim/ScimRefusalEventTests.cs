using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Requests the gate refuses become one FAILURE event per directory, reason and minute, and reach the digest.</summary>
public sealed class ScimRefusalEventTests : IAsyncLifetime
{
    private const string RefusalsQuery = """
        query($a: ID!) { events(accountId: $a) { feed(input: {limit: 50, filter: {operations: [REQUESTS_REFUSED]}}) {
          items { action operation resourceType resourceId directoryId message reason httpStatus requestId count } } } }
        """;

    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost _host = null!;
    private string _directoryId = "";
    private ScimTestClient _scim = null!;
    private string _tokenId = "";

    public async Task InitializeAsync()
    {
        var settings = Smtp(_smtp);
        settings["AuthFailures:Burst"] = "0";
        settings["Scim:RateLimitPerSecond"] = "1";
        settings["Scim:RateLimitBurst"] = "1";
        _host = await StartAsync(settings, "ops@acme.com");
        _directoryId = await DirectoryAdminCalls.CreateDirectoryAsync(_host.GraphQL, _host.AccountId, "Okta");
        await _host.GraphQL.DataAsync(DirectoryAdminCalls.SettingsMutation(_host.AccountId, true));
        string secret;
        (_tokenId, secret) = await DirectoryAdminCalls.CreateTokenAsync(_host.GraphQL, _host.AccountId, _directoryId);
        _scim = new ScimTestClient(_host.Factory.CreateClient(), $"/scim/v2/{_host.AccountId}/{_directoryId}", secret, _host.AccountId, Guid.Parse(_directoryId));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task A_revoked_token_gives_one_TOKEN_REVOKED_event_whose_request_id_is_the_last_error_bodys()
    {
        await _host.GraphQL.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = _host.AccountId, t = _tokenId });
        var last = await RefuseAsync(7, HttpStatusCode.Unauthorized);

        var refusal = await OneRefusalAsync("TOKEN_REVOKED", 7, 401, last);
        Assert.Equal("7 requests refused: TOKEN_REVOKED", refusal.GetProperty("message").GetString());
        Assert.Equal("DIRECTORY", refusal.GetProperty("resourceType").GetString());
        await AssertInDigestAsync("7 requests refused: TOKEN_REVOKED", failed: 7);
    }

    [Fact]
    public async Task An_expired_token_gives_one_TOKEN_EXPIRED_event()
    {
        var expires = _host.Factory.Time.GetUtcNow().AddSeconds(30).UtcDateTime;
        var data = await _host.GraphQL.DataAsync(
            "mutation($a: ID!, $d: ID!, $e: DateTime) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, expiresAt: $e}) { token } } }",
            new { a = _host.AccountId, d = _directoryId, e = expires.ToString("O") });
        var secret = data.GetProperty("directory").GetProperty("createScimToken").GetProperty("token").GetString()!;
        var expiring = new ScimTestClient(_host.Factory.CreateClient(), _scim.BasePath, secret, _scim.AccountId, _scim.DirectoryId);
        Assert.Equal(HttpStatusCode.OK, (await expiring.GetAsync("/ServiceProviderConfig")).Status);
        await _host.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(45));

        var last = await RefuseAsync(5, HttpStatusCode.Unauthorized, expiring);
        await OneRefusalAsync("TOKEN_EXPIRED", 5, 401, last);
        await AssertInDigestAsync("5 requests refused: TOKEN_EXPIRED", failed: 5);
    }

    [Fact]
    public async Task Scim_switched_off_gives_one_SCIM_DISABLED_event()
    {
        await _host.GraphQL.DataAsync(DirectoryAdminCalls.SettingsMutation(_host.AccountId, false));
        var last = await RefuseAsync(4, HttpStatusCode.Unauthorized);

        await OneRefusalAsync("SCIM_DISABLED", 4, 401, last);
        await AssertInDigestAsync("4 requests refused: SCIM_DISABLED", failed: 4);
    }

    [Fact]
    public async Task The_directory_rate_limit_gives_one_RATE_LIMITED_event_counting_every_429()
    {
        var answers = new List<ScimResponse>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await _scim.GetAsync("/ServiceProviderConfig"));
        }

        var limited = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(limited.Count >= 2, string.Join(", ", answers.Select(a => a.Status)));
        await OneRefusalAsync("RATE_LIMITED", limited.Count, 429, limited[^1]);
        await AssertInDigestAsync($"{limited.Count} requests refused: RATE_LIMITED", failed: limited.Count);
    }

    [Fact]
    public async Task A_deleted_directory_is_still_named_when_its_idp_calls()
    {
        await _host.GraphQL.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { scimDirectory { id } } } }",
            new { a = _host.AccountId, d = _directoryId });
        var last = await RefuseAsync(3, HttpStatusCode.Unauthorized);

        await OneRefusalAsync("DIRECTORY_DELETED", 3, 401, last);
    }

    [Fact]
    public async Task Refusals_of_two_minutes_are_two_events_and_a_minute_is_published_only_once_it_has_ended()
    {
        await _host.GraphQL.DataAsync(DirectoryAdminCalls.SettingsMutation(_host.AccountId, false));
        await RefuseAsync(2, HttpStatusCode.Unauthorized);
        await _host.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(45));
        Assert.DoesNotContain(await _host.Factory.OutboxTypesAsync(), t => t.Contains("ScimRequestsRefused", StringComparison.Ordinal));

        await _host.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(30));
        var last = await RefuseAsync(3, HttpStatusCode.Unauthorized);
        await _host.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(60));
        var events = await Eventually.AssertAsync(RefusalsAsync, e => e.Count == 2, "two REQUESTS_REFUSED events");
        Assert.Equal([3, 2], events.Select(e => e.GetProperty("count").GetInt32()));
        Assert.Equal(RequestId(last), events[0].GetProperty("requestId").GetString());
    }

    private async Task<ScimResponse> RefuseAsync(int times, HttpStatusCode expected, ScimTestClient? client = null)
    {
        ScimResponse last = null!;
        for (var i = 0; i < times; i++)
        {
            last = await (client ?? _scim).GetAsync("/Users?count=1");
            Assert.Equal(expected, last.Status);
        }

        return last;
    }

    private async Task<JsonElement> OneRefusalAsync(string reason, int count, int status, ScimResponse last)
    {
        await _host.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(75));
        var refusal = Assert.Single(await Eventually.AssertAsync(RefusalsAsync, e => e.Count > 0, "the REQUESTS_REFUSED event"));
        Assert.Equal("FAILURE", refusal.GetProperty("action").GetString());
        Assert.Equal(reason, refusal.GetProperty("reason").GetString());
        Assert.Equal(count, refusal.GetProperty("count").GetInt32());
        Assert.Equal(status, refusal.GetProperty("httpStatus").GetInt32());
        Assert.Equal(_directoryId, refusal.GetProperty("directoryId").GetString());
        Assert.Equal(_directoryId, refusal.GetProperty("resourceId").GetString());
        var requestId = RequestId(last);
        Assert.Equal(requestId, refusal.GetProperty("requestId").GetString());
        Assert.EndsWith($"(request id: {requestId})", last.Str("detail"), StringComparison.Ordinal);
        return refusal;
    }

    private async Task AssertInDigestAsync(string line, int failed)
    {
        _host.At(DigestWindowOf(_host.Factory.Time.GetUtcNow().UtcDateTime).AddMinutes(65));
        await _host.RunJobAsync();
        var mail = Assert.Single(_smtp.Messages);
        Assert.EndsWith($"0 succeeded, {failed} failed", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"REQUESTS_REFUSED FAILURE: {failed}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(line, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<td>Okta (OKTA)</td><td></td><td>REQUESTS_REFUSED</td><td>{line}</td>", mail.HtmlBody, StringComparison.Ordinal);
    }

    private static DateTime DigestWindowOf(DateTime at) => new(at.Year, at.Month, at.Day, at.Hour, 0, 0, DateTimeKind.Utc);

    private async Task<List<JsonElement>> RefusalsAsync() =>
        [.. (await _host.GraphQL.DataAsync(RefusalsQuery, new { a = _host.AccountId })).GetProperty("events").GetProperty("feed").GetProperty("items").EnumerateArray()];

    private static string RequestId(ScimResponse response) => response.Headers.GetValues("X-Request-Id").Single();
}

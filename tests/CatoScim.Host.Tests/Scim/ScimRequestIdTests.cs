using System.Net;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Every SCIM answer names its request; an error's detail, its log lines and its event name the same id.</summary>
public sealed class ScimRequestIdTests : IAsyncLifetime
{
    private readonly ScopeCapturingLoggerProvider _logs = new();
    private readonly CatoScimFactory _factory;
    private ScimTestClient _scim = null!;
    private GraphQLTestClient _gql = null!;

    public ScimRequestIdTests() => _factory = new(settings: new() { ["AuthFailures:Burst"] = "2" },
        services: s => s.AddLogging(b => b.AddProvider(_logs).AddFilter<ScopeCapturingLoggerProvider>(null, LogLevel.Trace)));

    public async Task InitializeAsync()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        _scim = await _factory.CreateScimClientAsync(accountId);
        _gql = _factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Successes_refusals_unknown_routes_and_throttled_clients_all_get_an_id()
    {
        var ok = await _scim.GetAsync("/Users");
        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Matches("^[0-9a-f]{16}$", Id(ok));

        var route = await _scim.GetAsync("/Widgets");
        Assert.Equal(HttpStatusCode.NotFound, route.Status);
        Assert.EndsWith($" (request id: {Id(route)})", route.Str("detail"), StringComparison.Ordinal);

        var answers = new List<ScimResponse>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await _scim.SendAsync(HttpMethod.Get, "/Users", null, bearer: "cst_wrong"));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers.Select(a => a.Status));
        Assert.All(answers, a => Assert.EndsWith($" (request id: {Id(a)})", a.Str("detail"), StringComparison.Ordinal));
        Assert.Equal(5, new[] { ok, route }.Concat(answers).Select(Id).Distinct().Count());
    }

    [Theory]
    [InlineData("okta-task.00u1AbC_9", "okta-task.00u1AbC_9")]
    [InlineData("has space", null)]
    [InlineData("semi;colon", null)]
    [InlineData("a-64-character-id-is-fine-0123456789-0123456789-0123456789-01234", "a-64-character-id-is-fine-0123456789-0123456789-0123456789-01234")]
    [InlineData("a-65-character-id-is-too-long-0123456789-0123456789-0123456789-01", null)]
    public async Task A_short_safe_client_id_is_kept_and_any_other_is_replaced(string sent, string? kept)
    {
        var response = await _scim.SendAsync(HttpMethod.Get, "/Users", null, r => r.Headers.TryAddWithoutValidation("X-Request-Id", sent));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        if (kept is null)
        {
            Assert.Matches("^[0-9a-f]{16}$", Id(response));
        }
        else
        {
            Assert.Equal(kept, Id(response));
        }
    }

    [Fact]
    public async Task A_failed_write_names_the_request_in_its_detail_its_log_lines_and_its_event()
    {
        var failed = await _scim.PostAsync("/Users", OktaUser("not-an-email"));
        Assert.Equal(HttpStatusCode.BadRequest, failed.Status);
        var id = Id(failed);
        Assert.EndsWith($" (request id: {id})", failed.Str("detail"), StringComparison.Ordinal);
        Assert.Contains(_logs.Lines, l => l.Scope.TryGetValue("ScimRequestId", out var v) && id.Equals(v));

        await _gql.WaitForFeedAsync(_scim.AccountId, 1);
        var item = (await _gql.DataAsync("query($a: ID!) { events(accountId: $a) { feed { items { reason requestId } } } }", new { a = _scim.AccountId }))
            .GetProperty("events").GetProperty("feed").GetProperty("items").EnumerateArray().Single();
        Assert.Equal(failed.Str("detail"), item.GetProperty("reason").GetString());
        Assert.Equal(id, item.GetProperty("requestId").GetString());
    }

    private static string Id(ScimResponse response) => response.Headers.GetValues("X-Request-Id").Single();
}

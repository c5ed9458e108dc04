using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Audit;

namespace CatoScim.Host.Tests.Audit;

public sealed class AuditFeedTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private readonly CatoScimFactory _factory = new();
    private Guid _account;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        (_account, var key) = await _factory.CreateAccountAsync();
        _gql = _factory.GraphQL(key);
        // The account's own creation records arrive asynchronously; wait for them so they never land mid-test.
        await _gql.WaitForAuditAsync(_account, 2);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Markers_page_newest_first_stably_while_records_arrive_and_oldest_first_picks_them_up()
    {
        await _factory.SeedAsync([.. Enumerable.Range(0, 5).Select(i => Change(_account, T0.AddMinutes(i), targetId: $"t{i}"))]);
        var filter = new { actions = new[] { "ACCOUNT_UPDATED" } };

        var first = await _gql.AuditFeedAsync(_account, new { limit = 2, filter });
        Assert.Equal(["t4", "t3"], TargetIds(first));
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, first.GetProperty("fetchedCount").GetInt32());

        await _factory.SeedAsync(Change(_account, T0.AddMinutes(30), targetId: "late"));
        var second = await _gql.AuditFeedAsync(_account, new { limit = 2, filter, marker = first.GetProperty("marker").GetString() });
        Assert.Equal(["t2", "t1"], TargetIds(second));
        var third = await _gql.AuditFeedAsync(_account, new { limit = 2, filter, marker = second.GetProperty("marker").GetString() });
        Assert.Equal(["t0"], TargetIds(third));
        Assert.False(third.GetProperty("hasMore").GetBoolean());

        var oldest = await _gql.AuditFeedAsync(_account, new { limit = 4, filter, sort = new { direction = "ASC" } });
        Assert.Equal(["t0", "t1", "t2", "t3"], TargetIds(oldest));
        await _factory.SeedAsync(Change(_account, T0.AddMinutes(40), targetId: "later"));
        var rest = await _gql.AuditFeedAsync(_account, new { limit = 4, filter, sort = new { direction = "ASC" }, marker = oldest.GetProperty("marker").GetString() });
        Assert.Equal(["t4", "late", "later"], TargetIds(rest));
        Assert.False(rest.GetProperty("hasMore").GetBoolean());

        await _gql.ErrorAsync(AuditApi.FeedQuery, "VALIDATION", new { accountId = _account, input = new { marker = "not-a-marker" } });
        await _gql.ErrorAsync(AuditApi.FeedQuery, "VALIDATION", new { accountId = _account, input = new { limit = 1001 } });
    }

    [Fact]
    public async Task Filters_by_action_target_actor_and_time_frame()
    {
        var token = Guid.NewGuid();
        await _factory.SeedAsync(
            Change(_account, T0, "SCIM_TOKEN_ISSUED", "SCIM_TOKEN", token.ToString(), actor: "apikey:csk_aaaaaaaa"),
            Change(_account, T0.AddMinutes(1), "SCIM_TOKEN_REVOKED", "SCIM_TOKEN", token.ToString(), actor: "cli"),
            Change(_account, T0.AddMinutes(2), "USER_UPDATED", "USER", Guid.NewGuid().ToString(), actor: "apikey:csk_aaaaaaaa"),
            Change(Guid.NewGuid(), T0, "SCIM_TOKEN_ISSUED", "SCIM_TOKEN", token.ToString()));

        Assert.Equal(["SCIM_TOKEN_REVOKED", "SCIM_TOKEN_ISSUED"],
            Actions(await _gql.AuditFeedAsync(_account, new { filter = new { targetType = "scim_token", targetId = token.ToString("B").ToUpperInvariant() } })));
        Assert.Equal(["SCIM_TOKEN_REVOKED"], Actions(await _gql.AuditFeedAsync(_account, new { filter = new { actor = "cli" } })));
        Assert.Equal(["USER_UPDATED", "SCIM_TOKEN_ISSUED"],
            Actions(await _gql.AuditFeedAsync(_account, new { filter = new { actions = new[] { "user_updated", "SCIM_TOKEN_ISSUED" } } })));
        Assert.Equal(["USER_UPDATED", "SCIM_TOKEN_REVOKED"],
            Actions(await _gql.AuditFeedAsync(_account, new { filter = new { from = T0.AddMinutes(1), to = T0.AddMinutes(3) } })));
    }

    [Fact]
    public async Task A_viewer_key_reads_its_account_and_no_key_sees_another_accounts_records()
    {
        var viewerKey = (await _gql.DataAsync("""mutation($a: ID!) { account(accountId: $a) { createApiKey(input: {name: "auditor", role: VIEWER}) { key } } }""",
            new { a = _account })).GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString()!;
        var viewer = _factory.GraphQL(viewerKey);
        var ours = await viewer.WaitForAuditAsync(_account, 3);
        Assert.Contains(ours.Items(), i => i.GetProperty("action").GetString() == "API_KEY_CREATED" && i.GetProperty("actor").GetString()!.StartsWith("apikey:", StringComparison.Ordinal));

        var (other, otherKey) = await _factory.CreateAccountAsync("globex");
        var otherClient = _factory.GraphQL(otherKey);
        await otherClient.ErrorAsync(AuditApi.FeedQuery, "FORBIDDEN", new { accountId = _account });
        await viewer.ErrorAsync(AuditApi.FeedQuery, "FORBIDDEN", new { accountId = other });
        var theirs = await otherClient.WaitForAuditAsync(other, 2);
        Assert.All(theirs.Items(), i => Assert.DoesNotContain(i.GetProperty("targetId").GetString(), ours.Items().Select(o => o.GetProperty("targetId").GetString())));
        Assert.Equal(2, theirs.GetProperty("fetchedCount").GetInt32());
    }

    internal static AdminChangeAudited Change(Guid account, DateTime at, string action = "ACCOUNT_UPDATED", string targetType = "ACCOUNT",
        string? targetId = null, string actor = "apikey:csk_aaaaaaaa") =>
        new(account, actor, actor == "cli" ? null : Guid.NewGuid(), actor == "cli" ? null : actor["apikey:".Length..], action, targetType, targetId,
            ["name"], actor == "cli" ? null : "192.0.2.1", at);

    private static List<string?> TargetIds(System.Text.Json.JsonElement feed) => [.. feed.Items().Select(i => i.GetProperty("targetId").GetString())];

    private static List<string?> Actions(System.Text.Json.JsonElement feed) => [.. feed.Items().Select(i => i.GetProperty("action").GetString())];
}

using System.Text.Json;
using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Events;

/// <summary>`operation`, `resourceType` and `source` as enums over the stored strings, and the feed filters on them.</summary>
public sealed class FeedEnumFilterTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    // The contract query, exactly: other tools send it and read the enum fields as strings.
    private const string ContractQuery = """
        query($a: ID!, $m: String) { events(accountId: $a) { feed(input: {limit: 2, marker: $m}) {
          items { id time action operation resourceType resourceId displayName directoryId message reason httpStatus }
          marker hasMore fetchedCount } } }
        """;

    private readonly CatoScimFactory _factory = new();
    private Guid _account;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        (_account, var key) = await _factory.CreateAccountAsync();
        _gql = _factory.GraphQL(key);
        await _factory.AddAsync(
            EventSeed.Event(_account, T0, "USER_CREATED", userName: "ann@acme.com"),
            EventSeed.Event(_account, T0.AddMinutes(1), "GROUP_CREATED", userName: "Sales", resourceType: "GROUP", source: "ADMIN"),
            EventSeed.Event(_account, T0.AddMinutes(2), "REQUESTS_REFUSED", ProvisioningAction.Failure, "Okta", resourceType: "DIRECTORY"),
            EventSeed.Event(_account, T0.AddMinutes(3), "LICENSE_RULE_ORPHANED", ProvisioningAction.Failure, "Finance", resourceType: "LICENSE", source: "SYSTEM"),
            EventSeed.Event(_account, T0.AddMinutes(4), "USER_CREATE", ProvisioningAction.Failure, "bad@acme.com", status: 400),
            // Values this version does not list, as a newer (or older) version might have stored them.
            EventSeed.Event(_account, T0.AddMinutes(5), "USER_TELEPORTED", userName: "odd@acme.com", resourceType: "WIDGET", source: "ROBOT"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_contract_query_still_answers_with_enum_values_as_the_stored_strings_and_pages_with_its_marker()
    {
        var first = (await _gql.DataAsync(ContractQuery, new { a = _account, m = (string?)null })).GetProperty("events").GetProperty("feed");
        Assert.Equal((2, true), (first.GetProperty("fetchedCount").GetInt32(), first.GetProperty("hasMore").GetBoolean()));
        Assert.Equal([("OTHER", "OTHER", "SUCCESS"), ("USER_CREATE", "USER", "FAILURE")],
            first.Items().Select(i => (Str(i, "operation"), Str(i, "resourceType"), Str(i, "action"))));
        Assert.Equal(400, first.Items()[1].GetProperty("httpStatus").GetInt32());
        var second = (await _gql.DataAsync(ContractQuery, new { a = _account, m = first.GetProperty("marker").GetString() })).GetProperty("events").GetProperty("feed");
        Assert.Equal([("LICENSE_RULE_ORPHANED", "LICENSE", "FAILURE"), ("REQUESTS_REFUSED", "DIRECTORY", "FAILURE")],
            second.Items().Select(i => (Str(i, "operation"), Str(i, "resourceType"), Str(i, "action"))));
    }

    [Fact]
    public async Task An_unknown_stored_value_shows_as_OTHER_without_breaking_the_page_and_OTHER_filters_find_it()
    {
        var items = (await _gql.FeedAsync(_account)).Items();
        Assert.Equal(6, items.Count);
        var odd = items.Single(i => Str(i, "displayName") == "odd@acme.com");
        Assert.Equal(("OTHER", "OTHER", "OTHER"), (Str(odd, "operation"), Str(odd, "resourceType"), Str(odd, "source")));

        Assert.Equal(["odd@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { operations = new[] { "OTHER" } } })));
        Assert.Equal(["odd@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { resourceTypes = new[] { "OTHER" } } })));
        Assert.Equal(["odd@acme.com", "Finance"], Names(await _gql.FeedAsync(_account, new { filter = new { sources = new[] { "OTHER", "SYSTEM" } } })));

        var summary = (await _gql.DataAsync("""
            query($a: ID!) { events(accountId: $a) { summary { byOperation { operation count } } } }
            """, new { a = _account })).GetProperty("events").GetProperty("summary").GetProperty("byOperation");
        Assert.Contains(summary.EnumerateArray(), o => Str(o, "operation") == "OTHER" && o.GetProperty("count").GetInt32() == 1);
    }

    [Fact]
    public async Task Filters_take_several_values_each_combined_with_or_within_and_and_across()
    {
        Assert.Equal(["Finance", "Okta", "Sales"],
            Names(await _gql.FeedAsync(_account, new { filter = new { resourceTypes = new[] { "GROUP", "DIRECTORY", "LICENSE" } } })));
        Assert.Equal(["Finance", "Sales"], Names(await _gql.FeedAsync(_account, new { filter = new { sources = new[] { "ADMIN", "SYSTEM" } } })));
        Assert.Equal(["bad@acme.com", "Okta"],
            Names(await _gql.FeedAsync(_account, new { filter = new { operations = new[] { "USER_CREATE", "REQUESTS_REFUSED", "GROUP_CREATED" }, sources = new[] { "SCIM" } } })));
        Assert.Equal(["bad@acme.com", "ann@acme.com"],
            Names(await _gql.FeedAsync(_account, new { filter = new { resourceTypes = new[] { "USER" }, sources = new[] { "SCIM" } } })));
    }

    [Fact]
    public async Task A_value_outside_the_enum_is_refused_as_invalid_input()
    {
        var (_, body) = await _gql.PostAsync(EventsApi.FeedQuery, new { accountId = _account, input = new { filter = new { resourceTypes = new[] { "user" } } } });
        var error = body.GetProperty("errors")[0];
        Assert.Contains("resourceTypes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("events", out _));
    }

    private static string? Str(JsonElement item, string name) => item.GetProperty(name).GetString();

    private static List<string?> Names(JsonElement feed) => [.. feed.Items().Select(i => Str(i, "displayName"))];
}

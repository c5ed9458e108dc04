using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Audit;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// `users(input: {filter: {licenseStatuses}})` over HTTP: Directory filters by its copy of Licensing's statuses, so
/// every assertion runs once the outboxes are delivered.
/// </summary>
public sealed class UserLicenseFilterTests() : AccountTestBase(new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" }))
{
    private const string Query = """
        query($a: ID!, $input: UsersInput) { directory(accountId: $a) { users(input: $input) {
          items { id license { status } } paging { total } } } }
        """;

    private const string UserRule = "mutation($a: ID!, $u: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: USER, userId: $u}) { rule { id } } } }";

    private ScimTestClient _scim = null!;
    private List<string> _users = [];

    /// <summary>One seat: users[0] holds it, users[1] waits for it, users[2] and the deactivated users[3] have none.</summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _scim = await Factory.CreateScimClientAsync(AccountId);
        _users = await LicensingTestData.CreateScimUsersAsync(_scim, 4);
        await Factory.WaitForUserCopiesAsync(_users);
        await Client.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 1}) { pool { total } } } }", new { a = AccountId });
        await Client.DataAsync(UserRule, new { a = AccountId, u = _users[0] });
        await Client.DataAsync(UserRule, new { a = AccountId, u = _users[1] });
        await DeactivateAsync(_users[3]);
        await Factory.WaitForOutboxesAsync();
    }

    [Fact]
    public async Task Filters_by_each_licence_status_and_by_several()
    {
        Assert.Equal(Ids(0), await IdsAsync(new[] { "ASSIGNED" }));
        Assert.Equal(Ids(1), await IdsAsync(new[] { "PENDING" }));
        Assert.Equal(Ids(2, 3), await IdsAsync(new[] { "NONE" }));
        Assert.Equal(Ids(0, 1), await IdsAsync(new[] { "ASSIGNED", "PENDING" }));
        Assert.Equal(Ids(0, 2, 3), await IdsAsync(new[] { "NONE", "ASSIGNED" }));
        Assert.Equal(Ids(0, 1, 2, 3), await IdsAsync(new[] { "NONE", "ASSIGNED", "PENDING" }));
        Assert.Equal(Ids(0, 1, 2, 3), await IdsAsync(Array.Empty<string>()));
    }

    [Fact]
    public async Task Each_filtered_user_has_the_licence_status_asked_for()
    {
        foreach (var status in new[] { "ASSIGNED", "PENDING", "NONE" })
        {
            var page = await ListAsync(new { filter = new { licenseStatuses = new[] { status } } });
            Assert.All(Items(page), u => Assert.Equal(status, u.GetProperty("license").GetProperty("status").GetString()));
        }
    }

    [Fact]
    public async Task Combines_with_the_other_filters_and_pages_with_the_total_of_all_pages()
    {
        Assert.Equal(Ids(3), await IdsAsync(new[] { "NONE" }, status: "DISABLED"));
        Assert.Empty(await IdsAsync(new[] { "ASSIGNED", "PENDING" }, status: "DISABLED"));
        Assert.Equal(Ids(2), await IdsAsync(new[] { "NONE" }, search: await UserNameAsync(2)));

        var first = await ListAsync(new { filter = new { licenseStatuses = new[] { "NONE", "PENDING" } }, sort = new { field = "CREATED" }, paging = new { from = 0, limit = 2 } });
        var second = await ListAsync(new { filter = new { licenseStatuses = new[] { "NONE", "PENDING" } }, sort = new { field = "CREATED" }, paging = new { from = 2, limit = 2 } });
        Assert.Equal(3, first.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(3, second.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(2, Items(first).Count);
        Assert.Equal(Ids(1, 2, 3), Items(first).Concat(Items(second)).Select(u => u.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Follows_a_seat_that_moves_once_the_outboxes_are_delivered()
    {
        await DeactivateAsync(_users[0]);
        await Factory.WaitForOutboxesAsync();

        Assert.Equal(Ids(1), await IdsAsync(new[] { "ASSIGNED" }));
        Assert.Empty(await IdsAsync(new[] { "PENDING" }));
        Assert.Equal(Ids(0, 2, 3), await IdsAsync(new[] { "NONE" }));
    }

    [Fact]
    public async Task An_unknown_licence_status_is_refused()
    {
        var (_, body) = await Client.PostAsync(Query, new { a = AccountId, input = new { filter = new { licenseStatuses = new[] { "EXPIRED" } } } });
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        Assert.Contains("EXPIRED", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private List<string> Ids(params int[] indexes) => indexes.Select(i => _users[i]).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> IdsAsync(string[] licenseStatuses, string? status = null, string? search = null)
    {
        var page = await ListAsync(new { filter = new { licenseStatuses, status, search } });
        var ids = Items(page).Select(u => u.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ids.Count, page.GetProperty("paging").GetProperty("total").GetInt32());
        return ids;
    }

    private async Task<JsonElement> ListAsync(object input) =>
        (await Client.DataAsync(Query, new { a = AccountId, input })).GetProperty("directory").GetProperty("users");

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private async Task<string> UserNameAsync(int index) =>
        (await _scim.GetAsync($"/Users/{_users[index]}")).Str("userName")!;

    private async Task DeactivateAsync(string userId)
    {
        var patched = await _scim.PatchAsync($"/Users/{userId}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""));
        Assert.Equal(HttpStatusCode.OK, patched.Status);
    }
}

using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// `Scim:MaxMembersRendered` bounds the member entries of a whole list response, not of each group: a page ends
/// before the group that would pass it (RFC 7644 §3.4.2.4), and no listed group is ever served without `members`.
/// </summary>
public sealed class ScimGroupListBoundTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:MaxMembersRendered"] = "5",
    });

    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_page_ends_before_the_first_group_whose_members_do_not_fit_the_limit()
    {
        await CreateAsync(("a", 3), ("b", 3), ("c", 3), ("d", 0));

        var list = await _scim.GetAsync("/Groups?sortBy=displayName&count=10");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 3 }, Rendered(list.Json));
        Assert.Equal((4, 1, 1), (list.Json.GetProperty("totalResults").GetInt32(), list.Json.GetProperty("itemsPerPage").GetInt32(), list.Json.GetProperty("startIndex").GetInt32()));
    }

    [Fact]
    public async Task Paging_by_items_per_page_visits_every_group_once_with_all_its_members()
    {
        var sizes = new (string Name, int Members)[] { ("a", 3), ("b", 3), ("c", 1), ("d", 0), ("e", 7), ("f", 4), ("g", 1), ("h", 5) };
        await CreateAsync(sizes);

        var visited = new List<(string, int)>();
        var pages = new List<int>();
        var start = 1;
        while (start <= sizes.Length && pages.Count <= sizes.Length)
        {
            var page = await _scim.GetAsync($"/Groups?sortBy=displayName&startIndex={start}&count=3");
            var items = page.Json.GetProperty("itemsPerPage").GetInt32();
            Assert.Equal(sizes.Length, page.Json.GetProperty("totalResults").GetInt32());
            Assert.Equal(items, page.Json.GetProperty("Resources").GetArrayLength());
            visited.AddRange(Rendered(page.Json).Select(g => (g.Key, g.Value)));
            pages.Add(items);
            start += items;
        }

        Assert.Equal(sizes.Select(s => (s.Name, s.Members)), visited);
        Assert.Equal(new[] { 1, 3, 1, 2, 1 }, pages);
    }

    [Fact]
    public async Task A_first_group_alone_over_the_limit_is_listed_in_full_as_the_whole_page()
    {
        await CreateAsync(("a", 7), ("b", 1));

        var list = await _scim.GetAsync("/Groups?sortBy=displayName&count=10&attributes=displayName,members.value");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 7 }, Rendered(list.Json));
        Assert.Equal((2, 1, 1), (list.Json.GetProperty("totalResults").GetInt32(), list.Json.GetProperty("itemsPerPage").GetInt32(), list.Json.GetProperty("startIndex").GetInt32()));
        var group = list.Json.GetProperty("Resources")[0];
        Assert.Equal(new[] { "schemas", "id", "displayName", "members" }, group.EnumerateObject().Select(p => p.Name));
        Assert.All(group.GetProperty("members").EnumerateArray(), m => Assert.Equal(new[] { "value" }, m.EnumerateObject().Select(p => p.Name)));
    }

    private async Task CreateAsync(params (string Name, int Members)[] groups)
    {
        var users = await _factory.SeedUsersAsync(_scim, groups.Max(g => g.Members));
        foreach (var (name, members) in groups)
        {
            Assert.Equal(HttpStatusCode.Created, (await _scim.PostAsync("/Groups", Group(name, users.Take(members)))).Status);
        }
    }

    // Display name → number of members rendered, in page order; a group listed without `members` would fail here.
    private static Dictionary<string, int> Rendered(JsonElement list) => list.GetProperty("Resources").EnumerateArray()
        .ToDictionary(g => g.GetProperty("displayName").GetString()!, g => g.GetProperty("members").GetArrayLength());
}

using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>`Scim:MaxMembersRendered` bounds the member entries of a whole list response, not of each group.</summary>
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
    public async Task A_page_renders_members_only_while_the_total_fits_the_limit()
    {
        var users = await _factory.SeedUsersAsync(_scim, 3);
        foreach (var name in new[] { "a", "b", "c" })
        {
            Assert.Equal(HttpStatusCode.Created, (await _scim.PostAsync("/Groups", Group(name, users))).Status);
        }

        Assert.Equal(HttpStatusCode.Created, (await _scim.PostAsync("/Groups", Group("d"))).Status);

        var list = await _scim.GetAsync("/Groups?sortBy=displayName");
        var rendered = list.Json.GetProperty("Resources").EnumerateArray()
            .ToDictionary(g => g.GetProperty("displayName").GetString()!, g => g.TryGetProperty("members", out var m) ? m.GetArrayLength() : -1);

        Assert.Equal(new Dictionary<string, int> { ["a"] = 3, ["b"] = -1, ["c"] = -1, ["d"] = 0 }, rendered);
        var single = await _scim.GetAsync($"/Groups/{list.Json.GetProperty("Resources")[1].GetProperty("id").GetString()}");
        Assert.Equal(3, single.Json.GetProperty("members").GetArrayLength());
    }
}

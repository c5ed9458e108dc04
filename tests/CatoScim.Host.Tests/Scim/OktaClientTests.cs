using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>The request sequence of Okta's SCIM 2.0 app: test credentials, assign, push profile, deactivate, import.</summary>
public sealed class OktaClientTests : IAsyncLifetime
{
    // A page cap below the 250 users of the import test, so the cap is exercised (the default is 500).
    private const int MaxResults = 200;

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0", ["Scim:MaxResults"] = $"{MaxResults}" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Test_api_credentials()
    {
        var users = await _scim.GetAsync("/Users?startIndex=1&count=2");
        Assert.Equal(HttpStatusCode.OK, users.Status);
        Assert.Equal("application/scim+json", users.MediaType);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, users.Json.GetProperty("totalResults").ValueKind);
        Assert.Equal(1, users.Json.GetProperty("startIndex").GetInt32());
        var groups = await _scim.GetAsync("/Groups?startIndex=1&count=100");
        Assert.Equal(HttpStatusCode.OK, groups.Status);
        Assert.Equal(0, groups.Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task Assign_update_deactivate_reactivate_reassign()
    {
        var lookup = $"/Users?filter={Filter("userName eq \"ann.lee@acme.com\"")}&startIndex=1&count=100";
        Assert.Equal(0, (await _scim.GetAsync(lookup)).Json.GetProperty("totalResults").GetInt32());

        var created = await _scim.PostAsync("/Users", OktaUser("Ann.Lee@acme.com"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id")!;
        Assert.EndsWith($"{_scim.BasePath}/Users/{id}", created.Headers.Location!.ToString());
        Assert.Equal("Ann.Lee@acme.com", created.Str("userName"));
        Assert.False(created.Json.TryGetProperty("password", out _));
        Assert.Equal("R&D", created.Json.GetProperty(Enterprise).GetProperty("department").GetString());
        Assert.Equal("+1 555 0100", created.Json.GetProperty("phoneNumbers")[0].GetProperty("value").GetString());

        // Profile push: GET then PUT of the whole user.
        Assert.Equal(HttpStatusCode.OK, (await _scim.GetAsync($"/Users/{id}")).Status);
        var put = await _scim.PutAsync($"/Users/{id}", OktaUser("Ann.Lee@acme.com", title: "Staff Engineer"));
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal("Staff Engineer", put.Str("title"));

        var deactivated = await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"active":false}}"""));
        Assert.Equal(HttpStatusCode.OK, deactivated.Status);
        Assert.False(deactivated.Json.GetProperty("active").GetBoolean());

        // Deactivated users stay visible: Okta re-links them by userName.
        var found = await _scim.GetAsync(lookup);
        Assert.Equal(1, found.Json.GetProperty("totalResults").GetInt32());
        Assert.False(found.Json.GetProperty("Resources")[0].GetProperty("active").GetBoolean());

        var reactivated = await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"active":true}}"""));
        Assert.True(reactivated.Json.GetProperty("active").GetBoolean());

        var putOff = await _scim.PutAsync($"/Users/{id}", OktaUser("Ann.Lee@acme.com", active: false));
        Assert.False(putOff.Json.GetProperty("active").GetBoolean());
        var putOn = await _scim.PutAsync($"/Users/{id}", OktaUser("Ann.Lee@acme.com", active: true));
        Assert.True(putOn.Json.GetProperty("active").GetBoolean());

        var duplicate = await _scim.PostAsync("/Users", OktaUser("ann.lee@ACME.com"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("uniqueness", duplicate.Str("scimType"));
        Assert.Equal("409", duplicate.Str("status"));
    }

    [Fact]
    public async Task Import_pages_over_250_users_in_a_stable_order_and_caps_a_page_at_max_results()
    {
        for (var i = 0; i < 250; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await _scim.PostAsync("/Users", OktaUser($"user{i:D3}@acme.com", externalId: $"00u{i}"))).Status);
        }

        var seen = await PageAllAsync();
        Assert.Equal(250, seen.Count);
        Assert.Equal(250, seen.Distinct().Count());
        Assert.Equal(seen, await PageAllAsync());

        var config = await _scim.GetAsync("/ServiceProviderConfig");
        Assert.Equal(MaxResults, config.Json.GetProperty("filter").GetProperty("maxResults").GetInt32());
        var capped = await _scim.GetAsync("/Users?startIndex=1&count=100000");
        Assert.Equal((250, MaxResults, 1), (capped.Json.GetProperty("totalResults").GetInt32(), capped.Json.GetProperty("itemsPerPage").GetInt32(), capped.Json.GetProperty("startIndex").GetInt32()));
        Assert.Equal(seen.Take(MaxResults), Ids(capped));
        var rest = await _scim.GetAsync($"/Users?startIndex={MaxResults + 1}&count=100000");
        Assert.Equal(seen.Skip(MaxResults), Ids(rest));

        var sorted = await _scim.GetAsync("/Users?sortBy=userName&sortOrder=descending&count=1&attributes=userName");
        Assert.Equal("user249@acme.com", sorted.Json.GetProperty("Resources")[0].GetProperty("userName").GetString());
        Assert.False(sorted.Json.GetProperty("Resources")[0].TryGetProperty("name", out _));
    }

    private static List<string> Ids(ScimResponse page) =>
        page.Json.GetProperty("Resources").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

    /// <summary>Walks the list the way Okta's import does: pages of 100 until a short page.</summary>
    private async Task<List<string>> PageAllAsync()
    {
        var seen = new List<string>();
        for (var start = 1; ; start += 100)
        {
            var page = await _scim.GetAsync($"/Users?startIndex={start}&count=100");
            Assert.Equal(250, page.Json.GetProperty("totalResults").GetInt32());
            Assert.Equal(start, page.Json.GetProperty("startIndex").GetInt32());
            var items = Ids(page);
            Assert.Equal(items.Count, page.Json.GetProperty("itemsPerPage").GetInt32());
            seen.AddRange(items);
            if (items.Count < 100)
            {
                return seen;
            }
        }
    }
}

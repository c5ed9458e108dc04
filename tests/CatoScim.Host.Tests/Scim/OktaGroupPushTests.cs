using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>The request sequence of Okta's Group Push: link lookup, create, member batches, rename, push now, unlink.</summary>
public sealed class OktaGroupPushTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Push_link_members_in_batches_rename_push_now_and_delete()
    {
        var users = await _factory.SeedUsersAsync(_scim, 250);
        var lookup = $"/Groups?filter={Filter("displayName eq \"engineering\"")}&startIndex=1&count=100";
        Assert.Equal(0, (await _scim.GetAsync(lookup)).Json.GetProperty("totalResults").GetInt32());

        var created = await _scim.PostAsync("/Groups", Group("Engineering", externalId: "00g1okta"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id")!;
        Assert.EndsWith($"{_scim.BasePath}/Groups/{id}", created.Headers.Location!.ToString());
        Assert.Equal("00g1okta", created.Str("externalId"));
        Assert.Empty(created.Json.GetProperty("members").EnumerateArray());

        var linked = await _scim.GetAsync(lookup);
        Assert.Equal(1, linked.Json.GetProperty("totalResults").GetInt32());
        Assert.Equal(id, linked.Json.GetProperty("Resources")[0].GetProperty("id").GetString());

        foreach (var batch in users.Chunk(100))
        {
            var added = await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{{Members(batch)}}]}"""));
            Assert.Equal(HttpStatusCode.NoContent, added.Status);
            Assert.NotNull(added.Headers.ETag);
        }

        Assert.Equal(250, await CountAsync(id));
        var removeOps = users.Take(100).Select(u => $$"""{"op":"remove","path":"members[value eq \"{{u}}\"]"}""").ToArray();
        Assert.Equal(HttpStatusCode.NoContent, (await _scim.PatchAsync($"/Groups/{id}", Patch(removeOps))).Status);
        var group = await _scim.GetAsync($"/Groups/{id}");
        var members = group.Json.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(150, members.Count);
        Assert.Equal(150, await CountAsync(id));
        Assert.Equal("User", members[0].GetProperty("type").GetString());
        Assert.EndsWith($"/Users/{members[0].GetProperty("value").GetString()}", members[0].GetProperty("$ref").GetString());
        Assert.StartsWith("u", members[0].GetProperty("display").GetString());

        // Asking for a representation gets the group back (200); a plain PATCH gets 204.
        var renamed = await _scim.PatchAsync($"/Groups/{id}?attributes=displayName,members", Patch($$$"""{"op":"replace","value":{"id":"{{{id}}}","displayName":"Platform Engineering"}}"""));
        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Assert.Equal("Platform Engineering", renamed.Str("displayName"));
        Assert.Equal(150, renamed.Json.GetProperty("members").GetArrayLength());

        // "Push now" of a group whose Okta side is empty.
        var emptied = await _scim.PatchAsync($"/Groups/{id}", Patch("""{"op":"replace","path":"members","value":[]}"""));
        Assert.Equal(HttpStatusCode.NoContent, emptied.Status);
        Assert.Empty((await _scim.GetAsync($"/Groups/{id}")).Json.GetProperty("members").EnumerateArray());
        Assert.Equal(0, await CountAsync(id));

        var put = await _scim.PutAsync($"/Groups/{id}", Group("Platform Engineering", users.Take(3), "00g1okta"));
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(3, put.Json.GetProperty("members").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await _scim.DeleteAsync($"/Groups/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _scim.GetAsync($"/Groups/{id}")).Status);
        Assert.Equal(0, await _factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.GroupId == Guid.Parse(id))));
        Assert.Equal(250, await _factory.DbAsync(db => db.Users.CountAsync(u => u.AccountId == _scim.AccountId)));
        Assert.Single(await _factory.OutboxAsync("GroupDeleted"));
        Assert.Contains("Platform Engineering", (await _factory.OutboxAsync("GroupRenamed")).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_filter_sort_page_and_exclude_members()
    {
        var users = await _factory.SeedUsersAsync(_scim, 3);
        foreach (var name in new[] { "Sales", "Finance", "Ops" })
        {
            Assert.Equal(HttpStatusCode.Created, (await _scim.PostAsync("/Groups", Group(name, name == "Ops" ? users : []))).Status);
        }

        var sorted = await _scim.GetAsync("/Groups?sortBy=displayName&startIndex=2&count=1");
        Assert.Equal(3, sorted.Json.GetProperty("totalResults").GetInt32());
        Assert.Equal("Ops", sorted.Json.GetProperty("Resources")[0].GetProperty("displayName").GetString());

        var byMember = await _scim.GetAsync($"/Groups?filter={Filter($"members[value eq \"{users[1]}\"]")}&excludedAttributes=members");
        var ops = Assert.Single(byMember.Json.GetProperty("Resources").EnumerateArray());
        Assert.Equal("Ops", ops.GetProperty("displayName").GetString());
        Assert.False(ops.TryGetProperty("members", out _));

        var onlyNames = await _scim.GetAsync("/Groups?attributes=displayName");
        Assert.All(onlyNames.Json.GetProperty("Resources").EnumerateArray(), g => Assert.False(g.TryGetProperty("members", out _)));
        var recent = await _scim.GetAsync($"/Groups?filter={Filter("meta.lastModified gt \"2020-01-01T00:00:00Z\"")}");
        Assert.Equal(3, recent.Json.GetProperty("totalResults").GetInt32());
        Assert.Equal(JsonValueKind.Array, (await _scim.GetAsync("/ResourceTypes/Group")).Json.GetProperty("schemas").ValueKind);
    }

    private Task<int> CountAsync(string id) =>
        _factory.DbAsync(db => db.Groups.Where(g => g.Id == Guid.Parse(id)).Select(g => g.MemberCount).SingleAsync());
}

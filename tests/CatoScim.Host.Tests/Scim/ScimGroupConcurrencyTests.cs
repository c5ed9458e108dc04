using System.Diagnostics;
using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Parallel IdP requests against the real SQLite file: no lost member, no duplicate group.</summary>
public sealed class ScimGroupConcurrencyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Parallel_patches_adding_distinct_members_all_land()
    {
        var users = await _factory.SeedUsersAsync(_scim, 32);
        var id = (await _scim.PostAsync("/Groups", Group("Parallel"))).Str("id")!;
        var responses = await Task.WhenAll(users.Select(u =>
            _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{"value":"{{u}}"}]}"""))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.Status));

        var groupId = Guid.Parse(id);
        Assert.Equal(32, await _factory.DbAsync(db => db.Groups.Where(g => g.Id == groupId).Select(g => g.MemberCount).SingleAsync()));
        Assert.Equal(users.Order(), (await _factory.DbAsync(db => db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.UserId).ToListAsync())).Order());
        Assert.Equal(32, (await _factory.OutboxAsync("GroupMembersAdded")).Count);
    }

    [Fact]
    public async Task Parallel_posts_of_one_name_create_exactly_one_group()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _scim.PostAsync("/Groups", Group(i % 2 == 0 ? "Race" : "RACE"))));
        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.Created), r => Assert.Equal((HttpStatusCode.Conflict, "uniqueness"), (r.Status, r.Str("scimType"))));
        Assert.Equal(1, await _factory.DbAsync(db => db.Groups.CountAsync(g => g.AccountId == _scim.AccountId)));
    }

    /// <summary>Reports (does not assert) the cost of a 100-member PATCH on an empty vs a 5,000-member group.</summary>
    [Fact]
    public async Task Patch_cost_follows_the_members_named_not_the_group_size()
    {
        var users = await _factory.SeedUsersAsync(_scim, 5_200);
        var small = (await _scim.PostAsync("/Groups", Group("Small"))).Str("id")!;
        var large = (await _scim.PostAsync("/Groups", Group("Large", users.Take(5_000)))).Str("id")!;
        var batch = Patch($$"""{"op":"add","path":"members","value":[{{Members(users.Skip(5_000).Take(100))}}]}""");
        var batch2 = Patch($$"""{"op":"add","path":"members","value":[{{Members(users.Skip(5_100).Take(100))}}]}""");
        var warm = (await _scim.PostAsync("/Groups", Group("Warm-up"))).Str("id")!;
        await _scim.PatchAsync($"/Groups/{warm}?excludedAttributes=members", Patch($$"""{"op":"add","path":"members","value":[{{Members(users.Take(100))}}]}"""));

        var watch = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await _scim.PatchAsync($"/Groups/{small}?excludedAttributes=members", batch)).Status);
        var emptyGroup = watch.Elapsed;
        watch.Restart();
        Assert.Equal(HttpStatusCode.OK, (await _scim.PatchAsync($"/Groups/{large}?excludedAttributes=members", batch2)).Status);
        var largeGroup = watch.Elapsed;
        watch.Restart();
        var full = await _scim.PatchAsync($"/Groups/{large}?attributes=members", Patch($$"""{"op":"remove","path":"members","value":[{{Members(users.Skip(5_100).Take(100))}}]}"""));
        var largeRendered = watch.Elapsed;
        Assert.Equal(5_000, full.Json.GetProperty("members").GetArrayLength());
        output.WriteLine($"100-member PATCH: empty group {emptyGroup.TotalMilliseconds:F0} ms, 5,000-member group {largeGroup.TotalMilliseconds:F0} ms, " +
            $"5,000-member group with members rendered {largeRendered.TotalMilliseconds:F0} ms");
        Assert.Equal(5_000, await _factory.DbAsync(db => db.Groups.Where(g => g.Id == Guid.Parse(large)).Select(g => g.MemberCount).SingleAsync()));
    }
}

using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Parallel IdP requests against the real SQLite file: no lost member, no duplicate group; and what a member PATCH costs.</summary>
public sealed class ScimGroupConcurrencyTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory;
    private ScimTestClient _scim = null!;
    private RequestSqlMeter _meter = null!;

    public ScimGroupConcurrencyTests() => _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" }, services: RequestSqlMeter.AddTo);

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _meter = _factory.Services.GetRequiredService<RequestSqlMeter>();
    }

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
        // One notification per PATCH, each naming the one member it added: no batch lost or merged.
        var added = await _factory.OutboxAsync("GroupMembersAdded");
        Assert.Equal(32, added.Count);
        var named = added.Select(p => Assert.Single(JsonDocument.Parse(p).RootElement.GetProperty("userIds").EnumerateArray()).GetGuid());
        Assert.Equal(users.Order(), named.Order());
    }

    [Fact]
    public async Task Parallel_posts_of_one_name_create_exactly_one_group()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _scim.PostAsync("/Groups", Group(i % 2 == 0 ? "Race" : "RACE"))));
        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.Created), r => Assert.Equal((HttpStatusCode.Conflict, "uniqueness"), (r.Status, r.Str("scimType"))));
        Assert.Equal(1, await _factory.DbAsync(db => db.Groups.CountAsync(g => g.AccountId == _scim.AccountId)));
    }

    /// <summary>
    /// Cost is measured as SQL commands and rows read (deterministic, unlike wall time on a shared machine): adding
    /// 100 members to a 5,000-member group costs exactly what it costs on an empty group.
    /// </summary>
    [Fact]
    public async Task Patch_cost_follows_the_members_named_not_the_group_size()
    {
        var users = await _factory.SeedUsersAsync(_scim, 5_300);
        var (existing, toSmall, toLarge, warmUp) = (users.Take(5_000).ToList(), users.Skip(5_000).Take(100).ToList(), users.Skip(5_100).Take(100).ToList(), users.Skip(5_200).ToList());
        var small = (await _scim.PostAsync("/Groups", Group("Small"))).Str("id")!;
        var large = (await _scim.PostAsync("/Groups", Group("Large", existing))).Str("id")!;
        var warm = (await _scim.PostAsync("/Groups", Group("Warm-up"))).Str("id")!;
        Assert.Equal(HttpStatusCode.OK, (await AddMeteredAsync(warm, warmUp, "warm-up")).Status);

        Assert.Equal(HttpStatusCode.OK, (await AddMeteredAsync(small, toSmall, "empty")).Status);
        Assert.Equal(HttpStatusCode.OK, (await AddMeteredAsync(large, toLarge, "large")).Status);

        var (empty, full) = (_meter["empty"], _meter["large"]);
        Assert.True(empty.Commands > 0, "the meter saw no SQL for the PATCH");
        Assert.Equal(empty, full);
        Assert.InRange(full.RowsRead, 0, 1_000);
        Assert.Equal(toSmall.Order(), await MembersAsync(small));
        Assert.Equal(existing.Concat(toLarge).Order(), await MembersAsync(large));

        var removed = await _scim.PatchAsync($"/Groups/{large}?attributes=members",
            Patch($$"""{"op":"remove","path":"members","value":[{{Members(toLarge)}}]}"""));
        Assert.Equal(existing.Order(), removed.Json.GetProperty("members").EnumerateArray().Select(m => Guid.Parse(m.GetProperty("value").GetString()!)).Order());
        Assert.Equal(5_000, await _factory.DbAsync(db => db.Groups.Where(g => g.Id == Guid.Parse(large)).Select(g => g.MemberCount).SingleAsync()));
    }

    private Task<ScimResponse> AddMeteredAsync(string groupId, IEnumerable<Guid> members, string label) =>
        _scim.PatchAsync($"/Groups/{groupId}?excludedAttributes=members",
            Patch($$"""{"op":"add","path":"members","value":[{{Members(members)}}]}"""),
            request => request.Headers.Add(RequestSqlMeter.Header, label));

    private async Task<IOrderedEnumerable<Guid>> MembersAsync(string groupId) =>
        (await _factory.DbAsync(db => db.GroupMembers.Where(m => m.GroupId == Guid.Parse(groupId)).Select(m => m.UserId).ToListAsync())).Order();
}

using System.Net;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>What a group refuses (nothing applied), takeovers, uniqueness and the notifications of each change.</summary>
public sealed class ScimGroupRulesTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Nested_groups_and_unknown_users_are_refused_with_nothing_applied()
    {
        var users = await _factory.SeedUsersAsync(_scim, 3);
        var id = (await _scim.PostAsync("/Groups", Group("Sales", [users[0]]))).Str("id")!;
        var other = (await _scim.PostAsync("/Groups", Group("Sales EMEA"))).Str("id")!;

        var nested = await _scim.PatchAsync($"/Groups/{id}", Patch(
            """{"op":"replace","path":"displayName","value":"Renamed"}""",
            $$"""{"op":"add","path":"members","value":[{"value":"{{users[1]}}"},{"value":"{{other}}"}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, nested.Status);
        Assert.Equal("invalidValue", nested.Str("scimType"));
        Assert.Contains("Nested groups are not supported", nested.Str("detail"), StringComparison.Ordinal);

        var stranger = Guid.CreateVersion7();
        var unknown = await _scim.PatchAsync($"/Groups/{id}", Patch(
            $$"""{"op":"remove","path":"members[value eq \"{{users[0]}}\"]"}""",
            $$"""{"op":"add","path":"members","value":[{"value":"{{users[2]}}"},{"value":"{{stranger}}"}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("invalidValue", unknown.Str("scimType"));
        Assert.Contains(stranger.ToString(), unknown.Str("detail"), StringComparison.Ordinal);

        var group = await _factory.DbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == Guid.Parse(id)));
        Assert.Equal(("Sales", 1, 1), (group.DisplayName, group.MemberCount, group.Version));
        Assert.Equal([users[0]], await _factory.DbAsync(db => db.GroupMembers.Where(m => m.GroupId == group.Id).Select(m => m.UserId).ToListAsync()));
        Assert.Equal(2, (await _factory.OutboxAsync("ScimRequestFailed")).Count(p => p.Contains("GROUP_PATCH", StringComparison.Ordinal)));
        var stale = await _scim.PatchAsync($"/Groups/{id}", Patch("""{"op":"replace","path":"displayName","value":"Late"}"""),
            r => r.Headers.TryAddWithoutValidation("If-Match", "W/\"7\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);

        var ofOtherAccount = await _factory.CreateScimClientAsync();
        var foreign = (await _factory.SeedUsersAsync(ofOtherAccount, 1))[0];
        var cross = await _scim.PostAsync("/Groups", Group("Marketing", [foreign]));
        Assert.Equal(HttpStatusCode.BadRequest, cross.Status);
        Assert.Equal(0, await _factory.DbAsync(db => db.Groups.CountAsync(g => g.DisplayName == "Marketing")));
    }

    [Fact]
    public async Task A_manual_group_is_taken_over_and_a_scim_group_of_another_directory_conflicts()
    {
        var users = await _factory.SeedUsersAsync(_scim, 3);
        var manualId = Guid.CreateVersion7();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var manual = new Group { Id = manualId, AccountId = _scim.AccountId, Origin = GroupOrigin.Manual, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, MemberCount = 1 };
            manual.Rename("VPN Users");
            db.Groups.Add(manual);
            db.GroupMembers.Add(new GroupMember { GroupId = manualId, UserId = users[0], AccountId = _scim.AccountId, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var pushed = await _scim.PostAsync("/Groups", Group("vpn users", users.Skip(1), "00gvpn"));
        Assert.Equal(HttpStatusCode.Created, pushed.Status);
        Assert.Equal(manualId.ToString(), pushed.Str("id"));
        var stored = await _factory.DbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == manualId));
        Assert.Equal((GroupOrigin.Scim, _scim.DirectoryId, "vpn users", 2), (stored.Origin, stored.DirectoryId, stored.DisplayName, stored.MemberCount));
        Assert.Equal(users.Skip(1).Order(), (await _factory.DbAsync(db => db.GroupMembers.Where(m => m.GroupId == manualId).Select(m => m.UserId).ToListAsync())).Order());
        Assert.Contains("\"FormerOrigin\":\"MANUAL\"", (await _factory.OutboxAsync("GroupTakenOver")).Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(users[0].ToString(), (await _factory.OutboxAsync("GroupMembersRemoved")).Single(), StringComparison.Ordinal);

        var same = await _scim.PostAsync("/Groups", Group("VPN USERS"));
        Assert.Equal((HttpStatusCode.Conflict, "uniqueness"), (same.Status, same.Str("scimType")));
        var otherDirectory = await _factory.CreateScimClientAsync(_scim.AccountId, "Entra");
        var conflict = await otherDirectory.PostAsync("/Groups", Group("VPN Users"));
        Assert.Equal((HttpStatusCode.Conflict, "uniqueness"), (conflict.Status, conflict.Str("scimType")));
        Assert.Contains("another SCIM directory", conflict.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_members_added_notification_per_batch_and_a_user_shows_its_groups()
    {
        var users = await _factory.SeedUsersAsync(_scim, 20);
        var id = (await _scim.PostAsync("/Groups", Group("Support"))).Str("id")!;
        await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{{Members(users.Take(10))}}]}"""));
        await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{{Members(users)}}]}"""));
        await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{{Members(users.Take(5))}}]}"""));

        var added = await _factory.OutboxAsync("GroupMembersAdded");
        Assert.Equal(2, added.Count);
        Assert.Equal(10, System.Text.Json.JsonDocument.Parse(added[1]).RootElement.GetProperty("userIds").GetArrayLength());
        Assert.Single(await _factory.OutboxAsync("GroupCreated"));

        await _scim.PostAsync("/Groups", Group("All Staff", [users[0]]));
        var user = await _scim.GetAsync($"/Users/{users[0]}");
        var groups = user.Json.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["All Staff", "Support"], groups.Select(g => g.GetProperty("display").GetString()));
        Assert.EndsWith($"/Groups/{id}", groups[1].GetProperty("$ref").GetString());
        var page = await _scim.GetAsync($"/Users?filter={Filter($"id eq \"{users[0]}\"")}");
        Assert.Equal(2, page.Json.GetProperty("Resources")[0].GetProperty("groups").GetArrayLength());
    }
}

using System.Net;
using System.Text.Json;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>A directory's groups hold only that directory's users: what it may add, and what an IdP DELETE takes away.</summary>
public sealed class ScimGroupDirectoryScopeTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
    private ScimTestClient _scim = null!;
    private ScimTestClient _other = null!;

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _other = await _factory.CreateScimClientAsync(_scim.AccountId, "Entra");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Users_and_groups_of_another_directory_or_none_are_refused_exactly_like_an_unknown_id()
    {
        var own = (await _factory.SeedUsersAsync(_scim, 1))[0];
        var elsewhere = (await _factory.SeedUsersAsync(_other, 1))[0];
        var manual = await _factory.AddUserAsync(_scim.AccountId, "manual@acme.com", origin: UserOrigin.Manual);
        var otherGroup = Guid.Parse((await _other.PostAsync("/Groups", Group("Entra Staff"))).Str("id")!);
        var id = (await _scim.PostAsync("/Groups", Group("Sales", [own]))).Str("id")!;

        var stranger = Guid.CreateVersion7();
        var unknown = Refusal(await _scim.PatchAsync($"/Groups/{id}", AddMembers(stranger)), stranger);
        Assert.Equal((HttpStatusCode.BadRequest, "invalidValue"), (unknown.Status, unknown.ScimType));
        foreach (var foreign in new[] { elsewhere, manual, otherGroup })
        {
            Assert.Equal(unknown, Refusal(await _scim.PatchAsync($"/Groups/{id}", AddMembers(foreign)), foreign));
            Assert.Equal(unknown, Refusal(await _scim.PutAsync($"/Groups/{id}", Group("Sales", [own, foreign])), foreign));
            Assert.Equal(unknown, Refusal(await _scim.PostAsync("/Groups", Group("Sales " + foreign, [foreign])), foreign));
        }

        var members = (await _scim.GetAsync($"/Groups/{id}")).Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString());
        Assert.Equal([own.ToString()], members);
        Assert.False((await _other.GetAsync($"/Users/{elsewhere}?attributes=groups")).Json.TryGetProperty("groups", out _));
        Assert.Equal(1, await _factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.GroupId == Guid.Parse(id))));
    }

    [Fact]
    public async Task A_takeover_push_keeps_only_the_members_it_names_and_cannot_name_the_former_ones()
    {
        var own = (await _factory.SeedUsersAsync(_scim, 1))[0];
        var manual = await _factory.AddUserAsync(_scim.AccountId, "manual@acme.com", origin: UserOrigin.Manual);
        var groupId = Guid.CreateVersion7();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var group = new Group { Id = groupId, AccountId = _scim.AccountId, Origin = GroupOrigin.Manual, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, MemberCount = 1 };
            group.Rename("VPN Users");
            db.Groups.Add(group);
            db.GroupMembers.Add(new GroupMember { GroupId = groupId, UserId = manual, AccountId = _scim.AccountId, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var naming = await _scim.PostAsync("/Groups", Group("VPN Users", [own, manual]));
        Assert.Equal((HttpStatusCode.BadRequest, "invalidValue"), (naming.Status, naming.Str("scimType")));
        Assert.Contains(manual.ToString(), naming.Str("detail"), StringComparison.Ordinal);
        var untouched = await _factory.DbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == groupId));
        Assert.Equal((GroupOrigin.Manual, (Guid?)null, 1), (untouched.Origin, untouched.DirectoryId, untouched.MemberCount));

        var pushed = await _scim.PostAsync("/Groups", Group("VPN Users", [own]));
        Assert.Equal((HttpStatusCode.Created, groupId.ToString()), (pushed.Status, pushed.Str("id")));
        Assert.Equal([own], await _factory.DbAsync(db => db.GroupMembers.Where(m => m.GroupId == groupId).Select(m => m.UserId).ToListAsync()));
    }

    [Fact]
    public async Task An_idp_delete_takes_the_user_out_of_its_directory_groups_and_a_re_create_has_no_groups()
    {
        var created = await _scim.PostAsync("/Users", OktaUser("leaver@acme.com"));
        var user = Guid.Parse(created.Str("id")!);
        var stays = (await _factory.SeedUsersAsync(_scim, 1))[0];
        var sales = (await _scim.PostAsync("/Groups", Group("Sales", [user, stays]))).Str("id")!;
        await _scim.PostAsync("/Groups", Group("VPN", [user]));
        var before = await _factory.OutboxAsync("GroupMembersRemoved");

        Assert.Equal(HttpStatusCode.NoContent, (await _scim.DeleteAsync($"/Users/{user}")).Status);

        var members = (await _scim.GetAsync($"/Groups/{sales}")).Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString());
        Assert.Equal([stays.ToString()], members);
        Assert.Equal(0, await _factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.UserId == user)));
        var counts = await _factory.DbAsync(db => db.Groups.Where(g => g.AccountId == _scim.AccountId).OrderBy(g => g.DisplayName).Select(g => g.MemberCount).ToListAsync());
        Assert.Equal([1, 0], counts);
        var removed = (await _factory.OutboxAsync("GroupMembersRemoved")).Skip(before.Count).ToList();
        Assert.Equal(2, removed.Count);
        Assert.All(removed, p => Assert.Equal([user.ToString()], JsonDocument.Parse(p).RootElement.GetProperty("userIds").EnumerateArray().Select(u => u.GetString())));
        Assert.All(removed, p => Assert.Contains("\"source\":\"SCIM\"", p, StringComparison.OrdinalIgnoreCase));

        var readd = await _scim.PatchAsync($"/Groups/{sales}", AddMembers(user));
        Assert.Equal((HttpStatusCode.BadRequest, "invalidValue"), (readd.Status, readd.Str("scimType")));

        var again = await _scim.PostAsync("/Users", OktaUser("leaver@acme.com"));
        Assert.Equal((HttpStatusCode.Created, user.ToString()), (again.Status, again.Str("id")));
        Assert.False((await _scim.GetAsync($"/Users/{user}?attributes=groups")).Json.TryGetProperty("groups", out _));
        Assert.Equal(0, await _factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.UserId == user)));
    }

    private static string AddMembers(Guid id) => Patch($$"""{"op":"add","path":"members","value":[{"value":"{{id}}"}]}""");

    /// <summary>Status, scimType and detail without the refused id and the request id, so refusals of different ids compare equal.</summary>
    private static (HttpStatusCode Status, string? ScimType, string? Detail) Refusal(ScimResponse response, Guid id) =>
        (response.Status, response.Str("scimType"),
            System.Text.RegularExpressions.Regex.Replace(response.Str("detail") ?? "", @" \(request id: [0-9a-f]+\)$", "").Replace(id.ToString(), "<id>", StringComparison.Ordinal));
}

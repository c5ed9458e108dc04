using System.Net;
using System.Text.Json;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class GroupAdminTests() : AccountTestBase(new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
{
    private const string Fields = "id name origin directory { id name } memberCount audit { createdAt updatedAt }";

    [Fact]
    public async Task Manual_group_lifecycle_with_members_lists_and_notifications()
    {
        var ada = await Factory.AddUserAsync(AccountId, "ada@acme.com");
        var bob = await Factory.AddUserAsync(AccountId, "bob@acme.com");
        var created = await MutateAsync("createGroup", new { name = "Admins" });
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("MANUAL", created.GetProperty("origin").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("directory").ValueKind);

        Assert.Equal(2, (await MutateAsync("addGroupMembers", new { groupId = id, userIds = new[] { ada, bob, ada } })).GetProperty("memberCount").GetInt32());
        Assert.Equal("Site Admins", (await MutateAsync("updateGroup", new { groupId = id, name = "Site Admins" })).GetProperty("name").GetString());
        var group = (await Client.DataAsync(
            "query($a: ID!, $id: ID!) { directory(accountId: $a) { group(id: $id) { name members(input: {paging: {limit: 1}}) { items { userName groups { name } } paging { total } } } } }",
            new { a = AccountId, id })).GetProperty("directory").GetProperty("group");
        var members = group.GetProperty("members");
        Assert.Equal(2, members.GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal("ada@acme.com", members.GetProperty("items")[0].GetProperty("userName").GetString());
        Assert.Equal("Site Admins", members.GetProperty("items")[0].GetProperty("groups")[0].GetProperty("name").GetString());

        var list = (await Client.DataAsync(
            $"query($a: ID!) {{ directory(accountId: $a) {{ groups(input: {{filter: {{search: \"admin\", origin: MANUAL}}, sort: {{field: MEMBER_COUNT, direction: DESC}}}}) {{ items {{ {Fields} }} paging {{ total }} }} }} }}",
            new { a = AccountId })).GetProperty("directory").GetProperty("groups");
        Assert.Equal(1, list.GetProperty("paging").GetProperty("total").GetInt32());
        var users = (await Client.DataAsync(
            "query($a: ID!) { directory(accountId: $a) { users { items { userName groups { name memberCount } } } } }",
            new { a = AccountId })).GetProperty("directory").GetProperty("users").GetProperty("items");
        Assert.All(users.EnumerateArray(), u => Assert.Equal("Site Admins", u.GetProperty("groups")[0].GetProperty("name").GetString()));

        Assert.Equal(1, (await MutateAsync("removeGroupMembers", new { groupId = id, userIds = new[] { bob } })).GetProperty("memberCount").GetInt32());
        var refused = await Client.ErrorAsync(Mutation("addGroupMembers"), "VALIDATION", new { a = AccountId, input = new { groupId = id, userIds = new[] { id } } });
        Assert.Contains("Nested groups", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await Client.ErrorAsync(Mutation("createGroup"), "CONFLICT", new { a = AccountId, input = new { name = "SITE admins" } });

        await MutateAsync("deleteGroup", new { groupId = id });
        Assert.False(await Factory.DbAsync(db => db.Groups.AnyAsync(g => g.Id == Guid.Parse(id))));
        Assert.Equal(2, await Factory.DbAsync(db => db.Users.CountAsync(u => u.AccountId == AccountId)));
        foreach (var type in new[] { "GroupCreated", "GroupRenamed", "GroupMembersAdded", "GroupMembersRemoved", "GroupDeleted" })
        {
            Assert.Contains("\"source\":\"ADMIN\"", Assert.Single(await Factory.OutboxAsync(type)), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Scim_groups_are_read_only_and_survive_their_directory_and_deleted_users()
    {
        var scim = await Factory.CreateScimClientAsync(AccountId);
        var users = await Factory.SeedUsersAsync(scim, 2);
        var pushed = await scim.PostAsync("/Groups", Group("Engineers", users));
        Assert.Equal(HttpStatusCode.Created, pushed.Status);
        var id = pushed.Str("id")!;

        var refused = await Client.ErrorAsync(Mutation("updateGroup"), "VALIDATION", new { a = AccountId, input = new { groupId = id, name = "Mine" } });
        Assert.Contains("managed by the identity provider", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        await Client.DataAsync(
            "mutation($a: ID!, $u: ID!) { directory(accountId: $a) { deleteUser(input: {userId: $u, force: true}) { user { id } } } }",
            new { a = AccountId, u = users[0] });
        var group = await Factory.DbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == Guid.Parse(id)));
        Assert.Equal(1, group.MemberCount);
        Assert.Equal(1, await Factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.GroupId == group.Id)));

        await Client.DataAsync(
            "mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { scimDirectory { id } } } }",
            new { a = AccountId, d = scim.DirectoryId });
        var unlinked = await Factory.DbAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.Id == Guid.Parse(id)));
        Assert.Null(unlinked.DirectoryId);
        Assert.Equal(1, unlinked.MemberCount);
        Assert.Equal("Renamed", (await MutateAsync("updateGroup", new { groupId = id, name = "Renamed" })).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_manual_group_takes_users_of_any_directory_of_the_account_or_none()
    {
        var first = await Factory.CreateScimClientAsync(AccountId);
        var second = await Factory.CreateScimClientAsync(AccountId, "Entra");
        var ofFirst = (await Factory.SeedUsersAsync(first, 1))[0];
        var ofSecond = (await Factory.SeedUsersAsync(second, 1))[0];
        var manual = await Factory.AddUserAsync(AccountId, "ada@acme.com", origin: UserOrigin.Manual);
        var id = (await MutateAsync("createGroup", new { name = "Everyone" })).GetProperty("id").GetString()!;

        var group = await MutateAsync("addGroupMembers", new { groupId = id, userIds = new[] { ofFirst, ofSecond, manual } });
        Assert.Equal(3, group.GetProperty("memberCount").GetInt32());
        Assert.Equal(3, await Factory.DbAsync(db => db.GroupMembers.CountAsync(m => m.GroupId == Guid.Parse(id))));
    }

    private static string Mutation(string name) =>
        $"mutation($a: ID!, $input: {char.ToUpperInvariant(name[0])}{name[1..]}Input!) {{ directory(accountId: $a) {{ {name}(input: $input) {{ group {{ {Fields} }} }} }} }}";

    private async Task<JsonElement> MutateAsync(string name, object input) =>
        (await Client.DataAsync(Mutation(name), new { a = AccountId, input })).GetProperty("directory").GetProperty(name).GetProperty("group");
}

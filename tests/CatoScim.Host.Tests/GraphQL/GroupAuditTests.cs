using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.GraphQL.AuditShape;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>A group's `audit`: created and updated by the admin key or the SCIM directory that wrote it, or by `system`.</summary>
public sealed class GroupAuditTests : IAsyncLifetime
{
    private const string Read = $"query($a: ID!, $id: ID!) {{ directory(accountId: $a) {{ group(id: $id) {{ {Fields} }} }} }}";

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_manual_group_is_updated_by_the_key_that_renamed_it_then_by_the_key_that_added_members()
    {
        var (accountId, first) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(first);
        var second = await CreateKeyAsync(admin, accountId, "second");
        var user = await _factory.AddUserAsync(accountId, "ada@acme.com");
        var created = _factory.Now();
        var id = (await admin.DataAsync("mutation($a: ID!) { directory(accountId: $a) { createGroup(input: {name: \"Admins\"}) { group { id } } } }", new { a = accountId }))
            .GetProperty("directory").GetProperty("createGroup").GetProperty("group").GetProperty("id").GetString()!;
        Assert.Equal((created, KeyActor(first), created, KeyActor(first)), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var renamed = _factory.Now();
        await _factory.GraphQL(second).DataAsync(
            "mutation($a: ID!, $g: ID!) { directory(accountId: $a) { updateGroup(input: {groupId: $g, name: \"Site Admins\"}) { __typename } } }", new { a = accountId, g = id });
        Assert.Equal((created, KeyActor(first), renamed, KeyActor(second)), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var joined = _factory.Now();
        await admin.DataAsync("mutation($a: ID!, $g: ID!, $u: [ID!]!) { directory(accountId: $a) { addGroupMembers(input: {groupId: $g, userIds: $u}) { __typename } } }",
            new { a = accountId, g = id, u = new[] { user } });
        Assert.Equal((created, KeyActor(first), joined, KeyActor(first)), await AuditAsync(admin, accountId, id));
    }

    [Fact]
    public async Task A_scim_group_is_created_patched_and_replaced_by_its_directory()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var scim = await _factory.CreateScimClientAsync(accountId);
        var idp = $"scim:{scim.DirectoryId}";
        var member = Guid.Parse((await scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!);
        var created = _factory.Now();
        var id = (await scim.PostAsync("/Groups", Group("Engineers"))).Str("id")!;
        Assert.Equal((created, idp, created, idp), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var patched = _factory.Now();
        var added = await scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"add","path":"members","value":[{"value":"{{member}}"}]}"""));
        Assert.Equal(HttpStatusCode.NoContent, added.Status);
        Assert.Equal((created, idp, patched, idp), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var replaced = _factory.Now();
        Assert.Equal(HttpStatusCode.OK, (await scim.PutAsync($"/Groups/{id}", Group("Platform Engineers", [member]))).Status);
        Assert.Equal((created, idp, replaced, idp), await AuditAsync(admin, accountId, id));
    }

    [Fact]
    public async Task A_scim_take_over_keeps_the_creator_an_admin_deleting_a_member_updates_it_and_deleting_the_directory_unlinks_as_system()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var scim = await _factory.CreateScimClientAsync(accountId);
        var member = Guid.Parse((await scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!);
        var created = _factory.Now();
        var id = (await admin.DataAsync("mutation($a: ID!) { directory(accountId: $a) { createGroup(input: {name: \"Admins\"}) { group { id } } } }", new { a = accountId }))
            .GetProperty("directory").GetProperty("createGroup").GetProperty("group").GetProperty("id").GetString()!;

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var takenOver = _factory.Now();
        Assert.Equal(id, (await scim.PostAsync("/Groups", Group("Admins", [member]))).Str("id"));
        Assert.Equal((created, KeyActor(key), takenOver, $"scim:{scim.DirectoryId}"), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var memberDeleted = _factory.Now();
        await admin.DataAsync("mutation($a: ID!, $u: ID!) { directory(accountId: $a) { deleteUser(input: {userId: $u, force: true}) { __typename } } }",
            new { a = accountId, u = member });
        Assert.Equal((created, KeyActor(key), memberDeleted, KeyActor(key)), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var unlinked = _factory.Now();
        await admin.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { __typename } } }",
            new { a = accountId, d = scim.DirectoryId });
        Assert.Equal((created, KeyActor(key), unlinked, "system"), await AuditAsync(admin, accountId, id));
    }

    private static async Task<(DateTime, string, DateTime, string)> AuditAsync(GraphQLTestClient client, Guid accountId, string id) =>
        Of((await client.DataAsync(Read, new { a = accountId, id })).GetProperty("directory").GetProperty("group"));
}

using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.GraphQL.AuditShape;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>A user's `audit`: created and updated by the admin key or the SCIM directory that wrote it, or by `system`.</summary>
public sealed class UserAuditTests : IAsyncLifetime
{
    private const string Read = $"query($a: ID!, $id: ID!) {{ directory(accountId: $a) {{ user(id: $id) {{ directory {{ id }} {Fields} }} }} }}";
    private const string Update = "mutation($a: ID!, $u: ID!, $t: String) { directory(accountId: $a) { updateUser(input: {userId: $u, title: $t}) { __typename } } }";

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_manual_user_is_updated_by_the_key_that_changed_it_and_not_by_an_edit_that_changes_nothing()
    {
        var (accountId, first) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(first);
        var second = await CreateKeyAsync(admin, accountId, "second");
        var created = _factory.Now();
        var id = await CreateUserAsync(admin, accountId, "ada@acme.com");
        Assert.Equal((created, KeyActor(first), created, KeyActor(first)), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        var updated = _factory.Now();
        await _factory.GraphQL(second).DataAsync(Update, new { a = accountId, u = id, t = "Engineer" });
        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        await admin.DataAsync(Update, new { a = accountId, u = id, t = "Engineer" });

        Assert.Equal((created, KeyActor(first), updated, KeyActor(second)), await AuditAsync(admin, accountId, id));
    }

    [Fact]
    public async Task A_scim_user_is_created_patched_replaced_and_unlinked_by_its_directory()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var scim = await _factory.CreateScimClientAsync(accountId);
        var idp = $"scim:{scim.DirectoryId}";
        var created = _factory.Now();
        var id = (await scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!;
        Assert.Equal((created, idp, created, idp), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var patched = _factory.Now();
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","path":"title","value":"Lead"}"""))).Status);
        Assert.Equal((created, idp, patched, idp), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var replaced = _factory.Now();
        Assert.Equal(HttpStatusCode.OK, (await scim.PutAsync($"/Users/{id}", OktaUser("ann@acme.com", title: "Director"))).Status);
        Assert.Equal((created, idp, replaced, idp), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var unlinked = _factory.Now();
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"/Users/{id}")).Status);
        var user = await ReadAsync(admin, accountId, id);
        Assert.Equal(JsonValueKind.Null, user.GetProperty("directory").ValueKind);
        Assert.Equal((created, idp, unlinked, idp), Of(user));
    }

    [Fact]
    public async Task A_scim_take_over_keeps_the_creator_and_deleting_the_directory_unlinks_as_system()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var scim = await _factory.CreateScimClientAsync(accountId);
        var created = _factory.Now();
        var id = await CreateUserAsync(admin, accountId, "ann@acme.com");

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var takenOver = _factory.Now();
        Assert.Equal(id, (await scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id"));
        Assert.Equal((created, KeyActor(key), takenOver, $"scim:{scim.DirectoryId}"), await AuditAsync(admin, accountId, id));

        _factory.Time.Advance(TimeSpan.FromMinutes(1));
        var deleted = _factory.Now();
        await admin.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { __typename } } }",
            new { a = accountId, d = scim.DirectoryId });
        Assert.Equal((created, KeyActor(key), deleted, "system"), await AuditAsync(admin, accountId, id));
        // The directory's token is gone from the API with it; its row says the deleting key revoked it.
        var token = await _factory.DbAsync(db => db.ScimTokens.AsNoTracking().SingleAsync(t => t.DirectoryId == scim.DirectoryId));
        Assert.Equal(((DateTime?)deleted, deleted, KeyActor(key)), (token.RevokedAt, token.UpdatedAt, token.UpdatedBy));
    }

    private static async Task<string> CreateUserAsync(GraphQLTestClient client, Guid accountId, string userName) =>
        (await client.DataAsync("mutation($a: ID!, $n: String!) { directory(accountId: $a) { createUser(input: {userName: $n}) { user { id } } } }",
            new { a = accountId, n = userName })).GetProperty("directory").GetProperty("createUser").GetProperty("user").GetProperty("id").GetString()!;

    private static async Task<JsonElement> ReadAsync(GraphQLTestClient client, Guid accountId, string id) =>
        (await client.DataAsync(Read, new { a = accountId, id })).GetProperty("directory").GetProperty("user");

    private static async Task<(DateTime, string, DateTime, string)> AuditAsync(GraphQLTestClient client, Guid accountId, string id) =>
        Of(await ReadAsync(client, accountId, id));
}

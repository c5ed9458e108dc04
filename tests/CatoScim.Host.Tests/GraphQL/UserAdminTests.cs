using System.Text.Json;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class UserAdminTests() : AccountTestBase(new())
{
    private const string Fields = "id userName givenName familyName displayName email phone title department active status origin directory { id } audit { createdAt createdBy updatedAt updatedBy }";

    [Fact]
    public async Task Create_update_and_delete_a_manual_user_with_their_notifications()
    {
        var created = await MutateAsync("createUser", new { userName = "ada@acme.com", givenName = "Ada", familyName = "Lovelace", title = "Countess" });
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("MANUAL", created.GetProperty("origin").GetString());
        Assert.Equal("ACTIVE", created.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("directory").ValueKind);
        Assert.Equal(1, await Factory.OutboxCountAsync("UserProvisioned", Guid.Parse(id)));

        var updated = await MutateAsync("updateUser", new { userId = id, title = (string?)null, department = "R&D", active = false });
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("title").ValueKind);
        Assert.Equal("R&D", updated.GetProperty("department").GetString());
        Assert.Equal("Ada", updated.GetProperty("givenName").GetString());
        Assert.Equal("DISABLED", updated.GetProperty("status").GetString());
        Assert.Equal(1, await Factory.OutboxCountAsync("UserUpdated", Guid.Parse(id)));
        Assert.Equal(1, await Factory.OutboxCountAsync("UserDeactivated", Guid.Parse(id)));

        var read = await Client.DataAsync("query($a: ID!, $id: ID!) { directory(accountId: $a) { user(id: $id) { department active } } }", new { a = AccountId, id });
        Assert.False(read.GetProperty("directory").GetProperty("user").GetProperty("active").GetBoolean());

        var deleted = await MutateAsync("deleteUser", new { userId = id });
        Assert.Equal(id, deleted.GetProperty("id").GetString());
        Assert.Equal(1, await Factory.OutboxCountAsync("UserDeleted", Guid.Parse(id)));
        Assert.False(await Factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == Guid.Parse(id))));
        var body = await Client.ErrorAsync("query($a: ID!, $id: ID!) { directory(accountId: $a) { user(id: $id) { id } } }", "NOT_FOUND", new { a = AccountId, id });
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("directory").GetProperty("user").ValueKind);
    }

    [Theory]
    [InlineData("not-an-email", "VALIDATION")]
    [InlineData("ADA@acme.com", "CONFLICT")]
    [InlineData("", "VALIDATION")]
    public async Task Create_refuses_bad_or_taken_user_names_and_writes_nothing(string userName, string code)
    {
        await MutateAsync("createUser", new { userName = "ada@acme.com" });
        var before = await Factory.StateAsync();
        await ErrorAsync("createUser", new { userName }, code);
        await ErrorAsync("createUser", new { userName = "bob@acme.com", givenName = new string('x', UserFields.NameMax + 1) }, "VALIDATION");
        await ErrorAsync("createUser", new { userName = "bob@acme.com", email = "nope" }, "VALIDATION");
        Assert.Equal(before, await Factory.StateAsync());
    }

    [Fact]
    public async Task Idp_owned_users_are_read_only()
    {
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(Client, AccountId, "Okta");
        var scim = await Factory.AddUserAsync(AccountId, "scim@acme.com", Guid.Parse(dir));
        var ldap = await Factory.AddUserAsync(AccountId, "ldap@acme.com", origin: UserOrigin.Ldap);
        var before = await Factory.StateAsync();

        var body = await ErrorAsync("updateUser", new { userId = scim, title = "x" }, "VALIDATION");
        Assert.Contains("owned by the identity provider", body.GetProperty("errors")[0].GetProperty("message").GetString());
        await ErrorAsync("updateUser", new { userId = ldap, active = false }, "VALIDATION");
        Assert.Equal(before, await Factory.StateAsync());
    }

    [Fact]
    public async Task Deleting_an_active_scim_user_needs_force()
    {
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(Client, AccountId, "Okta");
        var active = await Factory.AddUserAsync(AccountId, "a@acme.com", Guid.Parse(dir));
        var disabled = await Factory.AddUserAsync(AccountId, "b@acme.com", Guid.Parse(dir), active: false);
        var before = await Factory.StateAsync();

        var body = await ErrorAsync("deleteUser", new { userId = active }, "CONFLICT");
        Assert.Contains("recreate", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await Factory.StateAsync());

        await MutateAsync("deleteUser", new { userId = disabled });
        await MutateAsync("deleteUser", new { userId = active, force = true });
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(1, await Factory.OutboxCountAsync("UserDeleted", active));
        Assert.Equal(1, await Factory.OutboxCountAsync("UserDeleted", disabled));
    }

    [Fact]
    public async Task A_failed_mutation_leaves_nothing_for_the_next_one_in_the_same_request()
    {
        await MutateAsync("createUser", new { userName = "ada@acme.com" });
        var (_, body) = await Client.PostAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              dup: createUser(input: {userName: "ADA@acme.com", givenName: "Dup"}) { user { id } }
              ok: createUser(input: {userName: "bob@acme.com"}) { user { id } }
            } }
            """, new { a = AccountId });
        Assert.Equal("CONFLICT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var names = await Factory.WithDbAsync(db => db.Users.OrderBy(u => u.UserNameNormalized).Select(u => u.UserNameNormalized).ToListAsync());
        Assert.Equal(["ADA@ACME.COM", "BOB@ACME.COM"], names);
    }

    private async Task<JsonElement> MutateAsync(string mutation, object input)
    {
        var data = await Client.DataAsync(Document(mutation), new { a = AccountId, input });
        return data.GetProperty("directory").GetProperty(mutation).GetProperty("user");
    }

    private Task<JsonElement> ErrorAsync(string mutation, object input, string code) =>
        Client.ErrorAsync(Document(mutation), code, new { a = AccountId, input });

    private static string Document(string mutation) =>
        $$"""mutation($a: ID!, $input: {{char.ToUpperInvariant(mutation[0])}}{{mutation[1..]}}Input!) { directory(accountId: $a) { {{mutation}}(input: $input) { user { {{Fields}} } } } }""";
}

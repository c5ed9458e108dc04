using System.Text.Json;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class ScimDirectoryAdminTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_contract_mutation_runs_in_one_request()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var old = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta prod");
        var oldToken = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, old);

        var data = await client.DataAsync("""
            mutation($accountId: ID!, $directoryId: ID!, $tokenId: ID!) {
              directory(accountId: $accountId) {
                updateScimSettings(input: {enabled: true}) { scimSettings { enabled } }
                createScimDirectory(input: {name: "Entra", provider: ENTRA}) { scimDirectory { id name provider baseUrl } }
                createScimToken(input: {directoryId: $directoryId}) { token scimToken { id prefix expiresAt audit { createdAt } } }
                revokeScimToken(input: {tokenId: $tokenId}) { scimToken { id revoked revokedAt } }
                deleteScimDirectory(input: {directoryId: $directoryId}) { scimDirectory { id } }
              }
            }
            """, new { accountId, directoryId = old, tokenId = oldToken.Id });

        var d = data.GetProperty("directory");
        Assert.True(d.GetProperty("updateScimSettings").GetProperty("scimSettings").GetProperty("enabled").GetBoolean());
        var created = d.GetProperty("createScimDirectory").GetProperty("scimDirectory");
        var createdId = created.GetProperty("id").GetString();
        Assert.Equal("Entra", created.GetProperty("name").GetString());
        Assert.Equal("ENTRA", created.GetProperty("provider").GetString());
        Assert.Equal($"http://localhost/scim/v2/{accountId}/{createdId}", created.GetProperty("baseUrl").GetString());
        var token = d.GetProperty("createScimToken");
        var secret = token.GetProperty("token").GetString()!;
        Assert.StartsWith("cst_", secret);
        Assert.Equal(secret[..12], token.GetProperty("scimToken").GetProperty("prefix").GetString());
        Assert.Equal(JsonValueKind.Null, token.GetProperty("scimToken").GetProperty("expiresAt").ValueKind);
        var revoked = d.GetProperty("revokeScimToken").GetProperty("scimToken");
        Assert.Equal(oldToken.Id, revoked.GetProperty("id").GetString());
        Assert.True(revoked.GetProperty("revoked").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("revokedAt").ValueKind);
        Assert.Equal(old, d.GetProperty("deleteScimDirectory").GetProperty("scimDirectory").GetProperty("id").GetString());

        var list = await client.DataAsync($$"""{ directory(accountId: "{{accountId}}") { settings { enabled } directories { id tokens { id } } } }""");
        var directories = list.GetProperty("directory").GetProperty("directories");
        Assert.Equal(createdId, Assert.Single(directories.EnumerateArray()).GetProperty("id").GetString());
        var tokens = await _factory.WithDbAsync(db => db.ScimTokens.AsNoTracking().Where(t => t.DirectoryId == Guid.Parse(old)).ToListAsync());
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.NotNull(t.RevokedAt));
        // Only the hash is stored.
        Assert.Contains(tokens, t => t.SecretHash.SequenceEqual(Secrets.Hash(secret)));
    }

    [Fact]
    public async Task Directories_list_counts_users_and_shows_token_metadata()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var okta = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var entra = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Entra", "ONELOGIN");
        await _factory.AddUserAsync(accountId, "a@acme.com", Guid.Parse(okta));
        await _factory.AddUserAsync(accountId, "b@acme.com", Guid.Parse(okta), active: false);
        await _factory.AddUserAsync(accountId, "c@acme.com", origin: UserOrigin.Manual);
        var expires = _factory.Time.GetUtcNow().AddDays(30).UtcDateTime;
        await client.DataAsync("mutation($a: ID!, $d: ID!, $e: DateTime) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, expiresAt: $e}) { token } } }",
            new { a = accountId, d = okta, e = expires.ToString("O") });

        var data = await client.DataAsync($$"""
            { directory(accountId: "{{accountId}}") { directories {
                id name provider baseUrl audit { createdAt createdBy updatedAt updatedBy } userCount groupCount lastRequestAt
                tokens { id prefix audit { createdAt } lastUsedAt expiresAt revoked revokedAt } } } }
            """);
        var list = data.GetProperty("directory").GetProperty("directories").EnumerateArray().ToList();
        Assert.Equal([okta, entra], list.Select(x => x.GetProperty("id").GetString()));
        Assert.Equal(2, list[0].GetProperty("userCount").GetInt32());
        Assert.Equal(0, list[1].GetProperty("userCount").GetInt32());
        Assert.Equal(0, list[0].GetProperty("groupCount").GetInt32());
        Assert.Equal("ONELOGIN", list[1].GetProperty("provider").GetString());
        Assert.StartsWith("apikey:csk_", list[0].GetProperty("audit").GetProperty("createdBy").GetString());
        var token = Assert.Single(list[0].GetProperty("tokens").EnumerateArray());
        Assert.False(token.GetProperty("revoked").GetBoolean());
        Assert.Equal(expires, token.GetProperty("expiresAt").GetDateTime().ToUniversalTime());
        Assert.Empty(list[1].GetProperty("tokens").EnumerateArray());
    }

    [Fact]
    public async Task Deleting_a_directory_unlinks_and_keeps_its_users()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var other = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Entra");
        var active = await _factory.AddUserAsync(accountId, "a@acme.com", Guid.Parse(dir), givenName: "Ada");
        var disabled = await _factory.AddUserAsync(accountId, "b@acme.com", Guid.Parse(dir), active: false);
        var elsewhere = await _factory.AddUserAsync(accountId, "c@acme.com", Guid.Parse(other));
        await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);

        await client.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { scimDirectory { id } } } }",
            new { a = accountId, d = dir });

        var users = await _factory.WithDbAsync(db => db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id));
        Assert.Equal(3, users.Count);
        Assert.Null(users[active].DirectoryId);
        Assert.True(users[active].Active);
        Assert.Equal("Ada", users[active].GivenName);
        Assert.Equal(UserOrigin.Scim, users[active].Origin);
        Assert.Null(users[disabled].DirectoryId);
        Assert.False(users[disabled].Active);
        Assert.Equal(Guid.Parse(other), users[elsewhere].DirectoryId);
        Assert.True(await _factory.WithDbAsync(db => db.ScimTokens.AllAsync(t => t.RevokedAt != null)));
        Assert.False(await _factory.WithDbAsync(db => db.ScimDirectories.AnyAsync(d => d.Id == Guid.Parse(dir))));
        var deleted = await _factory.WithDbAsync(db => db.Set<CatoScim.ModuleKit.Outbox.OutboxMessage>()
            .Where(m => m.Type.Contains("ScimDirectoryDeleted")).Select(m => m.Payload).SingleAsync());
        Assert.Contains("\"unlinkedUsers\":2", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_names_are_validated_and_unique_per_account()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var (otherAccount, otherKey) = await _factory.CreateAccountAsync("other");
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        await DirectoryAdminCalls.CreateDirectoryAsync(_factory.GraphQL(otherKey), otherAccount, "okta");
        await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Entra");

        var before = await _factory.StateAsync();
        await client.ErrorAsync(DirectoryAdminCalls.CreateMutation(accountId, " OKTA "), "CONFLICT");
        await client.ErrorAsync(DirectoryAdminCalls.CreateMutation(accountId, "  "), "VALIDATION");
        await client.ErrorAsync(DirectoryAdminCalls.CreateMutation(accountId, new string('x', 201)), "VALIDATION");
        await client.ErrorAsync($$"""mutation { directory(accountId: "{{accountId}}") { updateScimDirectory(input: {directoryId: "{{dir}}", name: "entra"}) { scimDirectory { id } } } }""", "CONFLICT");
        Assert.Equal(before, await _factory.StateAsync());

        var renamed = await client.DataAsync($$"""mutation { directory(accountId: "{{accountId}}") { updateScimDirectory(input: {directoryId: "{{dir}}", name: "okta", provider: CUSTOM}) { scimDirectory { name provider userCount } } } }""");
        var d = renamed.GetProperty("directory").GetProperty("updateScimDirectory").GetProperty("scimDirectory");
        Assert.Equal("okta", d.GetProperty("name").GetString());
        Assert.Equal("CUSTOM", d.GetProperty("provider").GetString());
    }
}

using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.GraphQL.AuditShape;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>API keys and SCIM tokens: `audit` names the key that created each, and the key that revoked or rotated it.</summary>
public sealed class CredentialAuditTests : IAsyncLifetime
{
    private const string Keys = $"query($a: ID!) {{ account(accountId: $a) {{ apiKeys {{ id name {Fields} }} }} }}";
    private const string Tokens = $"query($a: ID!, $d: ID!) {{ directory(accountId: $a) {{ directory(id: $d) {{ tokens {{ id {Fields} }} }} }} }}";

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_api_key_is_created_by_one_key_and_revoked_by_another()
    {
        var (accountId, first) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(first);
        var created = _factory.Now();
        var second = await CreateKeyAsync(admin, accountId, "second");
        await CreateKeyAsync(admin, accountId, "third");
        var third = (await KeysAsync(admin, accountId)).Single(k => k.GetProperty("name").GetString() == "third").GetProperty("id").GetString();

        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        await _factory.GraphQL(second).DataAsync("mutation($a: ID!, $k: ID!) { account(accountId: $a) { revokeApiKey(input: {keyId: $k}) { __typename } } }",
            new { a = accountId, k = third });

        var keys = (await KeysAsync(admin, accountId)).ToDictionary(k => k.GetProperty("name").GetString()!, Of);
        // The first key was issued by the operator call that created the account (the test harness names itself `test`).
        Assert.Equal((created, "test", created, "test"), keys["first editor key"]);
        Assert.Equal((created, KeyActor(first), created, KeyActor(first)), keys["second"]);
        Assert.Equal((created, KeyActor(first), created.AddMinutes(5), KeyActor(second)), keys["third"]);
    }

    [Fact]
    public async Task A_rotated_token_is_updated_by_the_rotating_key_and_its_successor_by_the_revoking_key()
    {
        var (accountId, first) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(first);
        var second = await CreateKeyAsync(admin, accountId, "second");
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(admin, accountId, "Okta");
        var issued = _factory.Now();
        await admin.DataAsync(DirectoryAdminCalls.TokenMutation, new { a = accountId, d = dir });
        var oldId = Assert.Single(await TokensAsync(admin, accountId, dir)).GetProperty("id").GetString();

        _factory.Time.Advance(TimeSpan.FromMinutes(10));
        var rotated = _factory.Now();
        await _factory.GraphQL(second).DataAsync(
            "mutation($a: ID!, $t: ID!) { directory(accountId: $a) { rotateScimToken(input: {tokenId: $t, graceMinutes: 30}) { __typename } } }",
            new { a = accountId, t = oldId });
        var newId = (await TokensAsync(admin, accountId, dir)).Select(t => t.GetProperty("id").GetString()).Single(id => id != oldId);

        _factory.Time.Advance(TimeSpan.FromMinutes(10));
        var revoked = _factory.Now();
        await admin.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { __typename } } }",
            new { a = accountId, t = newId });

        var tokens = (await TokensAsync(admin, accountId, dir)).ToDictionary(t => t.GetProperty("id").GetString()!, Of);
        Assert.Equal((issued, KeyActor(first), rotated, KeyActor(second)), tokens[oldId!]);
        Assert.Equal((rotated, KeyActor(second), revoked, KeyActor(first)), tokens[newId!]);
    }

    private static async Task<List<JsonElement>> KeysAsync(GraphQLTestClient client, Guid accountId) =>
        [.. (await client.DataAsync(Keys, new { a = accountId })).GetProperty("account").GetProperty("apiKeys").EnumerateArray()];

    private static async Task<List<JsonElement>> TokensAsync(GraphQLTestClient client, Guid accountId, string directoryId) =>
        [.. (await client.DataAsync(Tokens, new { a = accountId, d = directoryId })).GetProperty("directory").GetProperty("directory").GetProperty("tokens").EnumerateArray()];
}

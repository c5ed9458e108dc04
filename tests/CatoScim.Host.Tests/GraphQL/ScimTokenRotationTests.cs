using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Audit;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class ScimTokenRotationTests : IAsyncLifetime
{
    private const string RotateMutation = """
        mutation($a: ID!, $t: ID!, $g: Int!, $n: String) { directory(accountId: $a) { rotateScimToken(input: {tokenId: $t, graceMinutes: $g, name: $n}) {
          token scimToken { id name audit { createdBy } expiresAt } replacedScimToken { id name expiresAt revoked } } } }
        """;

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_old_token_works_until_the_grace_ends_and_the_new_one_from_the_start()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        var created = (await client.DataAsync(
                "mutation($a: ID!, $d: ID!) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, name: \"okta prod\"}) { token scimToken { id name } } } }",
                new { a = accountId, d = dir }))
            .GetProperty("directory").GetProperty("createScimToken");
        var oldId = created.GetProperty("scimToken").GetProperty("id").GetString()!;
        var oldSecret = created.GetProperty("token").GetString()!;
        Assert.Equal("okta prod", created.GetProperty("scimToken").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, oldSecret));
        var rotatedAt = _factory.Time.GetUtcNow();

        var rotated = (await client.DataAsync(RotateMutation, new { a = accountId, t = oldId, g = 30 })).GetProperty("directory").GetProperty("rotateScimToken");
        var newSecret = rotated.GetProperty("token").GetString()!;
        var newId = rotated.GetProperty("scimToken").GetProperty("id").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal("okta prod", rotated.GetProperty("scimToken").GetProperty("name").GetString());
        Assert.StartsWith("apikey:", rotated.GetProperty("scimToken").GetProperty("audit").GetProperty("createdBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, rotated.GetProperty("scimToken").GetProperty("expiresAt").ValueKind);
        Assert.Equal(oldId, rotated.GetProperty("replacedScimToken").GetProperty("id").GetString());
        Assert.False(rotated.GetProperty("replacedScimToken").GetProperty("revoked").GetBoolean());
        Assert.Equal(rotatedAt.AddMinutes(30), rotated.GetProperty("replacedScimToken").GetProperty("expiresAt").GetDateTimeOffset());

        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, newSecret));
        _factory.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, oldSecret));
        _factory.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await ScimStatusAsync(accountId, dir, oldSecret));
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, newSecret));

        // The alerts consumer hears of the new token like of any issued one; the admin trail has both halves.
        var issued = await _factory.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.Contains(".ScimTokenIssued,")).Select(m => m.Payload).ToListAsync());
        Assert.Contains(issued, p => p.Contains($"\"tokenId\":\"{newId}\"", StringComparison.Ordinal));
        // Wait for every record up to the rotation: the trail fills as the outbox delivers, so a count alone could stop short.
        await _factory.WaitForOutboxesAsync();
        var trail = (await client.AuditFeedAsync(accountId, new { limit = 50 })).Items().Select(AuditApi.Line).ToList();
        Assert.Contains($"SCIM_TOKEN_ROTATED SCIM_TOKEN {oldId} [expiresAt]", trail);
        Assert.Contains($"SCIM_TOKEN_ISSUED SCIM_TOKEN {newId} [directoryId,name]", trail);
    }

    [Fact]
    public async Task A_directory_at_its_limit_can_rotate_but_not_grow()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var (first, _) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        var (second, _) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        await client.ErrorAsync(DirectoryAdminCalls.TokenMutation, "VALIDATION", new { a = accountId, d = dir });

        var rotated = (await client.DataAsync(RotateMutation, new { a = accountId, t = first, g = 60, n = "next" }))
            .GetProperty("directory").GetProperty("rotateScimToken");
        Assert.Equal("next", rotated.GetProperty("scimToken").GetProperty("name").GetString());

        // During the grace the replaced token is still active: the two others fill the limit.
        var before = await _factory.StateAsync();
        var body = await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = second, g = 60 });
        Assert.Contains("other active tokens", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await client.ErrorAsync(DirectoryAdminCalls.TokenMutation, "VALIDATION", new { a = accountId, d = dir });
        Assert.Equal(before, await _factory.StateAsync());

        // Once the grace is over the replaced one no longer counts.
        _factory.Time.Advance(TimeSpan.FromMinutes(61));
        await client.DataAsync(RotateMutation, new { a = accountId, t = second, g = 0 });
        await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = first, g = 10 });
    }

    [Fact]
    public async Task Grace_name_and_token_state_are_validated_without_writing()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var (tokenId, _) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        var before = await _factory.StateAsync();

        await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = tokenId, g = -1 });
        await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = tokenId, g = 10081 });
        await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = tokenId, g = 10, n = new string('n', 101) });
        await client.ErrorAsync(
            "mutation($a: ID!, $d: ID!, $n: String) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, name: $n}) { token } } }",
            "VALIDATION", new { a = accountId, d = dir, n = new string('n', 101) });
        Assert.Equal(before, await _factory.StateAsync());

        await client.DataAsync(RotateMutation, new { a = accountId, t = tokenId, g = 10080 });
        await client.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = accountId, t = tokenId });
        var revoked = await _factory.StateAsync();
        await client.ErrorAsync(RotateMutation, "VALIDATION", new { a = accountId, t = tokenId, g = 10 });
        Assert.Equal(revoked, await _factory.StateAsync());
    }

    [Fact]
    public async Task A_viewer_cannot_rotate_and_another_account_cannot_reach_the_token()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var (tokenId, _) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        var viewerKey = (await client.DataAsync(
                $$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "ro", role: VIEWER}) { key } } }"""))
            .GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString();
        var (otherAccount, otherKey) = await _factory.CreateAccountAsync("other");
        var before = await _factory.StateAsync();

        await _factory.GraphQL(viewerKey).ErrorAsync(RotateMutation, "FORBIDDEN", new { a = accountId, t = tokenId, g = 10 });
        await _factory.GraphQL(otherKey).ErrorAsync(RotateMutation, "NOT_FOUND", new { a = otherAccount, t = tokenId, g = 10 });
        // Another account's key naming this account is refused before any token is looked at.
        await _factory.GraphQL(otherKey).ErrorAsync(RotateMutation, "FORBIDDEN", new { a = accountId, t = tokenId, g = 10 });
        Assert.Equal(before, await _factory.StateAsync());
    }

    private async Task<HttpStatusCode> ScimStatusAsync(Guid accountId, string directoryId, string token) =>
        (await new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{accountId}/{directoryId}", token, accountId, Guid.Parse(directoryId)).GetAsync("/Users")).Status;
}

using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class ScimTokenAdminTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_third_active_token_is_refused_and_rotation_works()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var first = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);

        var before = await _factory.StateAsync();
        var body = await client.ErrorAsync(DirectoryAdminCalls.TokenMutation, "VALIDATION", new { a = accountId, d = dir });
        Assert.Contains("revoke one first", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await _factory.StateAsync());

        // Rotation: the new one was created while the old one was live; revoking the old frees a slot.
        await client.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { revoked } } } }",
            new { a = accountId, t = first.Id });
        var third = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        Assert.NotEqual(first.Secret, third.Secret);

        // Two active again: the next one is refused.
        await client.ErrorAsync(DirectoryAdminCalls.TokenMutation, "VALIDATION", new { a = accountId, d = dir });
    }

    [Fact]
    public async Task Token_expiry_must_be_in_the_future()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var before = await _factory.StateAsync();
        await client.ErrorAsync("mutation($a: ID!, $d: ID!, $e: DateTime) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, expiresAt: $e}) { token } } }",
            "VALIDATION", new { a = accountId, d = dir, e = _factory.Time.GetUtcNow().AddMinutes(-1).ToString("O") });
        Assert.Equal(before, await _factory.StateAsync());
    }

    [Fact]
    public async Task Enabling_scim_needs_email_identity()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        await client.DataAsync($$"""mutation { account(accountId: "{{accountId}}") { updateAccount(input: {userIdentity: UPN}) { account { userIdentity } } } }""");

        var before = await _factory.StateAsync();
        var body = await client.ErrorAsync(DirectoryAdminCalls.SettingsMutation(accountId, true), "VALIDATION");
        Assert.Contains("EMAIL user identity", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await _factory.StateAsync());

        await client.DataAsync($$"""mutation { account(accountId: "{{accountId}}") { updateAccount(input: {userIdentity: EMAIL}) { account { userIdentity } } } }""");
        await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        var off = await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, false));
        Assert.False(off.GetProperty("directory").GetProperty("updateScimSettings").GetProperty("scimSettings").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Expired_tokens_do_not_count_as_active()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        const string query = "mutation($a: ID!, $d: ID!, $e: DateTime) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, expiresAt: $e}) { token } } }";
        var soon = _factory.Time.GetUtcNow().AddHours(1).ToString("O");
        await client.DataAsync(query, new { a = accountId, d = dir, e = soon });
        await client.DataAsync(query, new { a = accountId, d = dir, e = soon });
        await client.ErrorAsync(DirectoryAdminCalls.TokenMutation, "VALIDATION", new { a = accountId, d = dir });

        _factory.Time.Advance(TimeSpan.FromHours(2));

        await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
    }
}

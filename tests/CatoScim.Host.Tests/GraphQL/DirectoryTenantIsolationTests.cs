using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class DirectoryTenantIsolationTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Another_accounts_namespace_is_forbidden()
    {
        var (_, keyA) = await _factory.CreateAccountAsync("a");
        var (accountB, _) = await _factory.CreateAccountAsync("b");
        var client = _factory.GraphQL(keyA);
        var before = await _factory.StateAsync();

        await client.ErrorAsync($$"""{ directory(accountId: "{{accountB}}") { settings { enabled } directories { id } } }""", "FORBIDDEN");
        await client.ErrorAsync(DirectoryAdminCalls.CreateMutation(accountB, "pwned"), "FORBIDDEN");
        await client.ErrorAsync(DirectoryAdminCalls.SettingsMutation(accountB, false), "FORBIDDEN");
        Assert.Equal(before, await _factory.StateAsync());
    }

    [Fact]
    public async Task Another_accounts_ids_are_not_found_and_untouched()
    {
        var (accountA, keyA) = await _factory.CreateAccountAsync("a");
        var (accountB, keyB) = await _factory.CreateAccountAsync("b");
        var clientB = _factory.GraphQL(keyB);
        var dirB = await DirectoryAdminCalls.CreateDirectoryAsync(clientB, accountB, "Okta");
        var (tokenB, _) = await DirectoryAdminCalls.CreateTokenAsync(clientB, accountB, dirB);
        var userB = await _factory.AddUserAsync(accountB, "manual@b.com", origin: CatoScim.Directory.Users.UserOrigin.Manual);
        var client = _factory.GraphQL(keyA);
        var before = await _factory.StateAsync();

        string[] mutations =
        [
            $$"""updateScimDirectory(input: {directoryId: "{{dirB}}", name: "x"}) { scimDirectory { id } }""",
            $$"""deleteScimDirectory(input: {directoryId: "{{dirB}}"}) { scimDirectory { id } }""",
            $$"""createScimToken(input: {directoryId: "{{dirB}}"}) { token }""",
            $$"""revokeScimToken(input: {tokenId: "{{tokenB}}"}) { scimToken { id } }""",
            $$"""updateUser(input: {userId: "{{userB}}", title: "x"}) { user { id } }""",
            $$"""deleteUser(input: {userId: "{{userB}}", force: true}) { user { id } }""",
            """deleteUser(input: {userId: "not-a-guid"}) { user { id } }""",
        ];
        foreach (var mutation in mutations)
        {
            await client.ErrorAsync($$"""mutation { directory(accountId: "{{accountA}}") { {{mutation}} } }""", "NOT_FOUND");
        }

        await client.ErrorAsync($$"""{ directory(accountId: "{{accountA}}") { user(id: "{{userB}}") { id } } }""", "NOT_FOUND");
        var lists = await client.DataAsync("query($a: ID!, $d: ID) { directory(accountId: $a) { directories { id } users(input: {filter: {directoryId: $d}}) { paging { total } } } }",
            new { a = accountA, d = dirB });
        Assert.Empty(lists.GetProperty("directory").GetProperty("directories").EnumerateArray());
        Assert.Equal(0, lists.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(before, await _factory.StateAsync());
    }

    [Fact]
    public async Task A_viewer_key_reads_but_cannot_write()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var created = await _factory.GraphQL(key).DataAsync(
            $$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "ro", role: VIEWER}) { key } } }""");
        var viewer = _factory.GraphQL(created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString());
        await viewer.DataAsync($$"""{ directory(accountId: "{{accountId}}") { settings { enabled } directories { id } users { paging { total } } } }""");
        var before = await _factory.StateAsync();
        await viewer.ErrorAsync(DirectoryAdminCalls.CreateMutation(accountId, "Okta"), "FORBIDDEN");
        Assert.Equal(before, await _factory.StateAsync());
    }
}

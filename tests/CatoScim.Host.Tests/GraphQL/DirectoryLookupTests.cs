using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class DirectoryLookupTests : IAsyncLifetime
{
    private const string Lookup = "query($a: ID!, $id: ID!) { directory(accountId: $a) { directory(id: $id) { id name provider userCount tokens { id name audit { createdBy } } } } }";

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Finds_the_accounts_own_directory_by_id()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Entra", "ENTRA");
        var (tokenId, _) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);

        var found = (await client.DataAsync(Lookup, new { a = accountId, id = dir })).GetProperty("directory").GetProperty("directory");

        Assert.Equal(dir, found.GetProperty("id").GetString());
        Assert.Equal("Entra", found.GetProperty("name").GetString());
        Assert.Equal("ENTRA", found.GetProperty("provider").GetString());
        var token = Assert.Single(found.GetProperty("tokens").EnumerateArray());
        Assert.Equal(tokenId, token.GetProperty("id").GetString());
        Assert.StartsWith("apikey:", token.GetProperty("audit").GetProperty("createdBy").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_accounts_or_an_unknown_id_is_not_found()
    {
        var (accountA, keyA) = await _factory.CreateAccountAsync("a");
        var (accountB, keyB) = await _factory.CreateAccountAsync("b");
        var dirA = await DirectoryAdminCalls.CreateDirectoryAsync(_factory.GraphQL(keyA), accountA, "Okta");
        var clientB = _factory.GraphQL(keyB);

        await clientB.ErrorAsync(Lookup, "NOT_FOUND", new { a = accountB, id = dirA });
        await clientB.ErrorAsync(Lookup, "NOT_FOUND", new { a = accountB, id = Guid.NewGuid() });
        await clientB.ErrorAsync(Lookup, "NOT_FOUND", new { a = accountB, id = "not-a-guid" });
        await clientB.ErrorAsync(Lookup, "FORBIDDEN", new { a = accountA, id = dirA });
    }
}

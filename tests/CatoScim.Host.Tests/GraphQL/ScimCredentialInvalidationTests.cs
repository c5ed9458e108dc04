using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The fake clock never moves here, so the credential cache would keep a stale entry unless the mutation invalidated
/// it: each change is checked both in the cache and by a SCIM request with the token.
/// </summary>
public sealed class ScimCredentialInvalidationTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Admin_changes_reach_scim_authentication_at_once()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var dir = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
        var directoryId = Guid.Parse(dir);
        await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        var (tokenId, firstSecret) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        // Each SCIM request below goes through authentication, so the cache is warm before every change.
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, firstSecret));
        var credentials = await LoadAsync(directoryId);
        Assert.True(credentials!.ScimEnabled);
        Assert.Single(credentials!.Tokens);

        var (_, secondSecret) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, dir);
        Assert.Equal(2, (await LoadAsync(directoryId))!.Tokens.Count);
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, secondSecret));

        await client.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }", new { a = accountId, t = tokenId });
        Assert.Single((await LoadAsync(directoryId))!.Tokens);
        Assert.Equal(HttpStatusCode.Unauthorized, await ScimStatusAsync(accountId, dir, firstSecret));
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, secondSecret));

        await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, false));
        Assert.False((await LoadAsync(directoryId))!.ScimEnabled);
        Assert.Equal(HttpStatusCode.Unauthorized, await ScimStatusAsync(accountId, dir, secondSecret));

        await client.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        Assert.Equal(HttpStatusCode.OK, await ScimStatusAsync(accountId, dir, secondSecret));
        await client.DataAsync("mutation($a: ID!, $d: ID!) { directory(accountId: $a) { deleteScimDirectory(input: {directoryId: $d}) { scimDirectory { id } } } }", new { a = accountId, d = dir });
        Assert.True((await LoadAsync(directoryId))!.Deleted);
        Assert.Equal(HttpStatusCode.Unauthorized, await ScimStatusAsync(accountId, dir, secondSecret));
    }

    private async Task<HttpStatusCode> ScimStatusAsync(Guid accountId, string directoryId, string token) =>
        (await new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{accountId}/{directoryId}", token, accountId, Guid.Parse(directoryId)).GetAsync("/Users")).Status;

    private async Task<ScimCredentials?> LoadAsync(Guid directoryId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        return await _factory.Services.GetRequiredService<ScimCredentialCache>().GetAsync(db, directoryId, CancellationToken.None);
    }
}

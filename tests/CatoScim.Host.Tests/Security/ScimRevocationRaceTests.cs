using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Security;

public sealed class ScimRevocationRaceTests : IAsyncLifetime
{
    // Throttles off: this test makes many failed requests on purpose and wants each one's own answer.
    private readonly CatoScimFactory _factory = new(settings: new() { ["AuthFailures:Burst"] = "0", ["Scim:RateLimitPerSecond"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_revoked_token_is_refused_on_the_next_request_while_other_requests_race_to_refill_the_cache()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var directoryId = await DirectoryAdminCalls.CreateDirectoryAsync(admin, accountId, "Okta");
        await admin.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        var (tokenId, secret) = await DirectoryAdminCalls.CreateTokenAsync(admin, accountId, directoryId);
        var scim = new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{accountId}/{directoryId}", secret, accountId, Guid.Parse(directoryId));
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync("/Users")).Status);

        var answers = new ConcurrentBag<(long Started, HttpStatusCode Status)>();
        using var stop = new CancellationTokenSource();
        var racers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                answers.Add((started, (await scim.GetAsync("/Users")).Status));
            }
        })).ToList();

        await Eventually.AssertAsync(() => Task.FromResult(answers.Count(a => a.Status == HttpStatusCode.OK)), n => n >= 20, "racers warming the cache");
        await admin.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = accountId, t = tokenId });
        var revoked = Stopwatch.GetTimestamp();
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.GetAsync("/Users")).Status);

        await Eventually.AssertAsync(() => Task.FromResult(answers.Count(a => a.Started > revoked)), n => n >= 40, "racers after the revocation");
        await stop.CancelAsync();
        await Task.WhenAll(racers);

        var after = answers.Where(a => a.Started > revoked).Select(a => a.Status).ToList();
        Assert.All(after, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
    }

    [Fact]
    public async Task A_refill_that_read_the_token_before_the_revocation_never_serves_it_after()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(key);
        var directoryId = await DirectoryAdminCalls.CreateDirectoryAsync(admin, accountId, "Okta");
        await admin.DataAsync(DirectoryAdminCalls.SettingsMutation(accountId, true));
        var (tokenId, secret) = await DirectoryAdminCalls.CreateTokenAsync(admin, accountId, directoryId);
        var cache = _factory.Services.GetRequiredService<ScimCredentialCache>();
        var directory = Guid.Parse(directoryId);

        var hold = new HoldAfterTokenRead();
        var settings = _factory.Services.GetRequiredService<DatabaseSettings>();
        var options = ModuleDbContextRegistration.ConfigureSqlite(new DbContextOptionsBuilder<DirectorySqliteDbContext>(),
            settings.ConnectionStringFor(DirectoryDbContext.Schema), DirectoryDbContext.Schema).AddInterceptors(hold);
        await using var slow = new DirectorySqliteDbContext((DbContextOptions<DirectorySqliteDbContext>)options.Options);
        cache.Invalidate(directory);
        var refill = cache.GetAsync(slow, directory, CancellationToken.None);
        await hold.Read.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await admin.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = accountId, t = tokenId });
        hold.Release.SetResult();
        Assert.Single((await refill)!.Tokens);

        var scim = new ScimTestClient(_factory.CreateClient(), $"/scim/v2/{accountId}/{directoryId}", secret, accountId, directory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.GetAsync("/Users")).Status);
    }

    [Fact]
    public async Task An_unknown_directory_id_costs_one_query_until_it_is_invalidated()
    {
        var cache = _factory.Services.GetRequiredService<ScimCredentialCache>();
        var unknown = Guid.NewGuid();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        Assert.Null(await cache.GetAsync(db, unknown, CancellationToken.None));

        // A query under a cancelled token throws: the second lookup is answered without one.
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        Assert.Null(await cache.GetAsync(db, unknown, cancelled.Token));

        cache.Invalidate(unknown);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync(db, unknown, cancelled.Token));
    }
}

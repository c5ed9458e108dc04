using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>No key lives longer than ApiKeys:MaxLifetimeDays, and no key mints one that outlives it.</summary>
public sealed class ApiKeyLifetimeTests : IAsyncDisposable
{
    private const string Create = "mutation($a: ID!, $e: DateTime) { account(accountId: $a) { createApiKey(input: {name: \"k\", role: EDITOR, expiresAt: $e}) { key apiKey { expiresAt } } } }";
    private CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private DateTime Now => _factory.Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_key_without_expiresAt_expires_after_the_default_365_days_and_a_later_one_is_clamped()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);

        var unset = await CreateAsync(client, accountId, null);
        var tooLate = await CreateAsync(client, accountId, Now.AddDays(1000));
        var inside = await CreateAsync(client, accountId, Now.AddDays(30));

        Assert.Equal(Now.AddDays(365), unset.ExpiresAt);
        Assert.Equal(Now.AddDays(365), tooLate.ExpiresAt);
        Assert.Equal(Now.AddDays(30), inside.ExpiresAt);
    }

    [Fact]
    public async Task The_maximum_lifetime_is_configurable()
    {
        await _factory.DisposeAsync();
        _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false", ["ApiKeys:MaxLifetimeDays"] = "30" });
        var (accountId, key) = await _factory.CreateAccountAsync();

        var created = await CreateAsync(_factory.GraphQL(key), accountId, null);

        Assert.Equal(Now.AddDays(30), created.ExpiresAt);
    }

    [Fact]
    public async Task A_key_cannot_mint_a_key_that_outlives_it()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var shortLived = await CreateAsync(_factory.GraphQL(key), accountId, Now.AddDays(10));
        var client = _factory.GraphQL(shortLived.Secret);

        await client.ErrorAsync(Create, "VALIDATION", new { a = accountId, e = Now.AddDays(11) });
        var unset = await CreateAsync(client, accountId, null);
        var inside = await CreateAsync(client, accountId, Now.AddDays(5));

        Assert.Equal(Now.AddDays(10), unset.ExpiresAt);
        Assert.Equal(Now.AddDays(5), inside.ExpiresAt);
        await client.ErrorAsync(Create, "VALIDATION", new { a = accountId, e = Now.AddDays(-1) });
    }

    private static async Task<(string Secret, DateTime ExpiresAt)> CreateAsync(GraphQLTestClient client, Guid accountId, DateTime? expiresAt)
    {
        var created = (await client.DataAsync(Create, new { a = accountId, e = expiresAt })).GetProperty("account").GetProperty("createApiKey");
        return (created.GetProperty("key").GetString()!, created.GetProperty("apiKey").GetProperty("expiresAt").GetDateTime().ToUniversalTime());
    }
}

using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class AdminAuthenticationTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Viewer_answers_for_the_key_in_the_header()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var data = await _factory.GraphQL(key).DataAsync("{ viewer { role account { id name } } }");
        Assert.Equal("EDITOR", data.GetProperty("viewer").GetProperty("role").GetString());
        Assert.Equal(accountId.ToString(), data.GetProperty("viewer").GetProperty("account").GetProperty("id").GetString());
        Assert.Equal("acme", data.GetProperty("viewer").GetProperty("account").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("csk_not-a-real-key")]
    public async Task Missing_or_unknown_key_is_401(string? key)
    {
        var (status, body) = await _factory.GraphQL(key).PostAsync("{ viewer { role } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Revoked_key_is_401()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        var created = await client.DataAsync($$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "ci", role: VIEWER}) { key apiKey { id role } } } }""");
        var viewerKey = created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString();
        var keyId = created.GetProperty("account").GetProperty("createApiKey").GetProperty("apiKey").GetProperty("id").GetString();
        await _factory.GraphQL(viewerKey).DataAsync("{ viewer { role } }");

        await client.DataAsync($$"""mutation { account(accountId: "{{accountId}}") { revokeApiKey(input: {keyId: "{{keyId}}"}) { apiKey { revoked } } } }""");

        var (status, _) = await _factory.GraphQL(viewerKey).PostAsync("{ viewer { role } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Expired_key_is_401()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var expires = _factory.Time.GetUtcNow().AddHours(1).ToString("O");
        var created = await _factory.GraphQL(key).DataAsync(
            $$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "short", role: EDITOR, expiresAt: "{{expires}}"}) { key } } }""");
        var shortKey = created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString();
        await _factory.GraphQL(shortKey).DataAsync("{ viewer { role } }");

        _factory.Time.Advance(TimeSpan.FromHours(2));

        var (status, _) = await _factory.GraphQL(shortKey).PostAsync("{ viewer { role } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_key_never_sees_another_account()
    {
        var (_, keyA) = await _factory.CreateAccountAsync("a");
        var (accountB, keyB) = await _factory.CreateAccountAsync("b");

        var body = await _factory.GraphQL(keyA).ErrorAsync($$"""{ account(accountId: "{{accountB}}") { name apiKeys { prefix } } }""", "FORBIDDEN");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("account").ValueKind);
        await _factory.GraphQL(keyA).ErrorAsync($$"""mutation { account(accountId: "{{accountB}}") { updateAccount(input: {name: "pwned"}) { account { name } } } }""", "FORBIDDEN");
        await _factory.GraphQL(keyA).ErrorAsync("""{ account(accountId: "not-a-guid") { name } }""", "FORBIDDEN");
        var b = await _factory.GraphQL(keyB).DataAsync($$"""{ account(accountId: "{{accountB}}") { name } }""");
        Assert.Equal("b", b.GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Viewer_key_cannot_mutate()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var created = await _factory.GraphQL(key).DataAsync(
            $$"""mutation { account(accountId: "{{accountId}}") { createApiKey(input: {name: "ro", role: VIEWER}) { key } } }""");
        var viewerKey = created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString();

        var viewer = _factory.GraphQL(viewerKey);
        await viewer.DataAsync($$"""{ account(accountId: "{{accountId}}") { name } }""");
        var body = await viewer.ErrorAsync($$"""mutation { account(accountId: "{{accountId}}") { updateAccount(input: {name: "x"}) { account { name } } } }""", "FORBIDDEN");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("account").ValueKind);
        var name = await viewer.DataAsync($$"""{ account(accountId: "{{accountId}}") { name } }""");
        Assert.Equal("acme", name.GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_account_validates_recipients_and_keeps_data_on_error()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var client = _factory.GraphQL(key);
        await client.ErrorAsync($$"""mutation { account(accountId: "{{accountId}}") { updateAccount(input: {name: "new", alertRecipients: ["ops@acme.com", "not an email"]}) { account { name } } } }""", "VALIDATION");
        var unchanged = await client.DataAsync($$"""{ account(accountId: "{{accountId}}") { name alertRecipients } }""");
        Assert.Equal("acme", unchanged.GetProperty("account").GetProperty("name").GetString());

        var updated = await client.DataAsync($$"""mutation { account(accountId: "{{accountId}}") { updateAccount(input: {alertRecipients: ["ops@acme.com"]}) { account { alertRecipients audit { updatedBy } } } } }""");
        var account = updated.GetProperty("account").GetProperty("updateAccount").GetProperty("account");
        Assert.Equal("ops@acme.com", account.GetProperty("alertRecipients")[0].GetString());
        Assert.StartsWith("apikey:csk_", account.GetProperty("audit").GetProperty("updatedBy").GetString());
    }
}

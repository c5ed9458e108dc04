using System.Text.Json;
using CatoScim.Host.Tests.Cli;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Audit;

public sealed class CliAuditTests
{
    [Fact]
    public async Task Accounts_and_keys_made_and_revoked_by_the_cli_are_recorded_as_cli_without_a_key_or_address()
    {
        var dataDir = CliRun.NewDataDir();
        var created = JsonDocument.Parse((await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Initech", "--json")).Out).RootElement;
        var accountId = created.GetProperty("accountId").GetString()!;
        var key = JsonDocument.Parse((await CliRun.InAsync(dataDir, "keys", "create", "--account", accountId, "--role", "VIEWER", "--json")).Out).RootElement;
        var keyId = key.GetProperty("keyId").GetString()!;
        Assert.Equal(0, (await CliRun.InAsync(dataDir, "keys", "revoke", "--account", accountId, "--key", keyId)).Exit);

        // The CLI only writes the outbox; the server delivers it when it next runs.
        await using var factory = new CatoScimFactory(dataDir);
        var gql = factory.GraphQL(created.GetProperty("apiKey").GetString());
        await gql.WaitForAuditAsync(Guid.Parse(accountId), 4);
        await factory.WaitForOutboxesAsync();
        var items = (await gql.AuditFeedAsync(Guid.Parse(accountId), new { sort = new { direction = "ASC" } })).Items();

        // The account and its first key share one transaction and, on the real clock, possibly one instant: compare unordered.
        var firstKey = items.Select(i => i.GetProperty("targetId").GetString())
            .Single(id => id != accountId && id != keyId);
        Assert.Equal(
            new[] { $"ACCOUNT_CREATED ACCOUNT {accountId} [name]", $"API_KEY_CREATED API_KEY {firstKey} [name,role,expiresAt]",
                $"API_KEY_CREATED API_KEY {keyId} [name,role,expiresAt]", $"API_KEY_REVOKED API_KEY {keyId} [revokedAt]" }.Order(StringComparer.Ordinal),
            items.Select(AuditApi.Line).Order(StringComparer.Ordinal));
        Assert.All(items, i =>
        {
            Assert.Equal("cli", i.GetProperty("actor").GetString());
            Assert.Equal(JsonValueKind.Null, i.GetProperty("apiKeyId").ValueKind);
            Assert.Equal(JsonValueKind.Null, i.GetProperty("apiKeyPrefix").ValueKind);
            Assert.Equal(JsonValueKind.Null, i.GetProperty("clientAddress").ValueKind);
        });

        // The key's own audit names the CLI as the one that issued it and the one that revoked it.
        var keys = (await gql.DataAsync("query($a: ID!) { account(accountId: $a) { apiKeys { id audit { createdBy updatedBy } } } }", new { a = accountId }))
            .GetProperty("account").GetProperty("apiKeys").EnumerateArray();
        var audit = keys.Single(k => k.GetProperty("id").GetString() == keyId).GetProperty("audit");
        Assert.Equal(("cli", "cli"), (audit.GetProperty("createdBy").GetString(), audit.GetProperty("updatedBy").GetString()));
    }
}

using System.Text.Json;

namespace CatoScim.Host.Tests.Cli;

public sealed class CliListTests
{
    [Fact]
    public async Task Accounts_list_shows_every_account_in_creation_order()
    {
        var dataDir = CliRun.NewDataDir();
        var first = JsonDocument.Parse((await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Acme", "--json")).Out).RootElement;
        var second = JsonDocument.Parse((await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Globex", "--json")).Out).RootElement;

        var json = await CliRun.InAsync(dataDir, "accounts", "list", "--json");
        var human = await CliRun.InAsync(dataDir, "accounts", "list");

        Assert.Equal(0, json.Exit);
        var accounts = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([first.GetProperty("accountId").GetString(), second.GetProperty("accountId").GetString()],
            accounts.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["Acme", "Globex"], accounts.Select(a => a.GetProperty("name").GetString()));
        Assert.All(accounts, a => Assert.Equal(1, a.GetProperty("activeApiKeys").GetInt32()));
        Assert.Equal(0, human.Exit);
        var lines = human.Out.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{first.GetProperty("accountId").GetString()}  Acme  ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_list_describes_each_key_and_never_prints_a_secret()
    {
        var dataDir = CliRun.NewDataDir();
        var account = JsonDocument.Parse((await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Acme", "--json")).Out).RootElement;
        var accountId = account.GetProperty("accountId").GetString()!;
        // Within ApiKeys:MaxLifetimeDays of the real clock, so the requested expiry is kept as given.
        var expires = new DateTime(DateTime.UtcNow.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddYears(1);
        var viewer = JsonDocument.Parse((await CliRun.InAsync(dataDir,
            "keys", "create", "--account", accountId, "--role", "viewer", "--name", "read only", "--expires", expires.ToString("O"), "--json")).Out).RootElement;
        var viewerId = viewer.GetProperty("keyId").GetString()!;
        Assert.Equal(0, (await CliRun.InAsync(dataDir, "keys", "revoke", "--account", accountId, "--key", viewerId)).Exit);
        string[] secrets = [account.GetProperty("apiKey").GetString()!, viewer.GetProperty("apiKey").GetString()!];

        // The configuration override in its two-word form, as an operator may type it.
        var json = await CliRun.RunAsync(["keys", "list", "--account", accountId, "--json", "--ConnectionStrings:CatoScim", $"Data Source={Path.Combine(dataDir, "catoscim.db")}"]);
        var human = await CliRun.InAsync(dataDir, "keys", "list", "--account", accountId);

        Assert.Equal(0, json.Exit);
        var keys = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, keys.Count);
        var (editorKey, viewerKey) = (keys[0], keys[1]);
        Assert.Equal(["EDITOR", "VIEWER"], keys.Select(k => k.GetProperty("role").GetString()));
        Assert.Equal(viewerId, viewerKey.GetProperty("id").GetString());
        Assert.Equal("read only", viewerKey.GetProperty("name").GetString());
        Assert.Equal(expires.ToString("O"), viewerKey.GetProperty("expiresAt").GetString());
        Assert.Equal(JsonValueKind.String, viewerKey.GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, editorKey.GetProperty("revokedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, editorKey.GetProperty("lastUsedAt").ValueKind);
        Assert.StartsWith(viewerKey.GetProperty("prefix").GetString()!, secrets[1], StringComparison.Ordinal);
        Assert.Equal(["id", "name", "role", "prefix", "createdAt", "createdBy", "expiresAt", "lastUsedAt", "revokedAt"],
            viewerKey.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, human.Exit);
        Assert.Contains("REVOKED", human.Out.Split('\n')[1], StringComparison.Ordinal);
        Assert.All(secrets, s => Assert.DoesNotContain(s, json.Out + human.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_list_for_an_unknown_account_fails()
    {
        var run = await CliRun.InAsync(CliRun.NewDataDir(), "keys", "list", "--account", Guid.NewGuid().ToString(), "--json");

        Assert.Equal(2, run.Exit);
        Assert.Empty(run.Out);
        Assert.StartsWith("No account ", run.Error, StringComparison.Ordinal);
    }
}

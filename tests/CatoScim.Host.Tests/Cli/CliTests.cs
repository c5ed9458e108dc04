using System.Text.Json;
using System.Text.RegularExpressions;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Cli;

public sealed partial class CliTests
{
    [Fact]
    public async Task Accounts_create_json_prints_one_object_whose_key_works()
    {
        var dataDir = CliRun.NewDataDir();

        var run = await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Globex", "--json");

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var accountId = json.RootElement.GetProperty("accountId").GetGuid();
        var apiKey = json.RootElement.GetProperty("apiKey").GetString();
        Assert.Equal(2, json.RootElement.EnumerateObject().Count());

        await using var factory = new CatoScimFactory(dataDir);
        var data = await factory.GraphQL(apiKey).DataAsync("{ viewer { role account { id name } } }");
        Assert.Equal(accountId.ToString(), data.GetProperty("viewer").GetProperty("account").GetProperty("id").GetString());
        Assert.Equal("Globex", data.GetProperty("viewer").GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Accounts_create_json_is_exactly_accountId_then_apiKey_on_one_line()
    {
        var run = await CliRun.InAsync(CliRun.NewDataDir(), "accounts", "create", "--name", "Hooli", "--json");

        Assert.Equal(0, run.Exit);
        Assert.Matches(ExactCreateJson(), run.Out);
    }

    [Fact]
    public async Task Keys_create_and_revoke()
    {
        var dataDir = CliRun.NewDataDir();
        var created = await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Initech", "--json");
        var accountId = JsonDocument.Parse(created.Out).RootElement.GetProperty("accountId").GetString()!;

        var keyRun = await CliRun.InAsync(dataDir, "keys", "create", "--account", accountId, "--role", "VIEWER", "--json");
        Assert.Equal(0, keyRun.Exit);
        var key = JsonDocument.Parse(keyRun.Out).RootElement;

        await using (var factory = new CatoScimFactory(dataDir))
        {
            var data = await factory.GraphQL(key.GetProperty("apiKey").GetString()).DataAsync("{ viewer { role } }");
            Assert.Equal("VIEWER", data.GetProperty("viewer").GetProperty("role").GetString());
        }

        var revoke = await CliRun.InAsync(dataDir, "keys", "revoke", "--account", accountId, "--key", key.GetProperty("keyId").GetString()!);
        Assert.Equal(0, revoke.Exit);
        Assert.Equal($"Key {key.GetProperty("keyId").GetString()} revoked.", revoke.Out);
        await using var after = new CatoScimFactory(dataDir);
        var (status, _) = await after.GraphQL(key.GetProperty("apiKey").GetString()).PostAsync("{ viewer { role } }");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Keys_create_for_an_unknown_account_fails_with_a_message()
    {
        var run = await CliRun.InAsync(CliRun.NewDataDir(), "keys", "create", "--account", Guid.NewGuid().ToString());

        Assert.Equal(2, run.Exit);
        Assert.StartsWith("No account ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task Dashboard_hash_password_reads_stdin_without_the_option_and_prints_json_with_it()
    {
        var fromStdin = await CliRun.RunAsync(["dashboard", "hash-password"], stdin: "s3cret+\n");
        var asJson = await CliRun.RunAsync(["dashboard", "hash-password", "--password", "s3cret+", "--json"]);

        Assert.Equal(0, fromStdin.Exit);
        Assert.True(DashboardCredentials.Verify("s3cret+", fromStdin.Out));
        Assert.Equal(0, asJson.Exit);
        Assert.True(DashboardCredentials.Verify("s3cret+", JsonDocument.Parse(asJson.Out).RootElement.GetProperty("passwordHash").GetString()!));
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_fails_with_exit_code_1_and_one_line_on_stderr()
    {
        var notAFolder = Path.Combine(CliRun.NewDataDir(), "file");
        await File.WriteAllTextAsync(notAFolder, "");

        var run = await CliRun.RunAsync(["accounts", "list", $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(notAFolder, "catoscim.db")}"]);

        Assert.Equal(1, run.Exit);
        Assert.Empty(run.Out);
        Assert.StartsWith("Failed: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n'));
    }

    [GeneratedRegex("""^\{"accountId":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}","apiKey":"csk_[A-Za-z0-9_-]+"\}$""")]
    private static partial Regex ExactCreateJson();
}

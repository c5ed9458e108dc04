using System.Text.Json;
using CatoScim.Host.Cli;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task Accounts_create_json_prints_one_object_whose_key_works()
    {
        var dataDir = TestFolders.New();
        var connection = $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(dataDir, "catoscim.db")}";

        var (exit, output) = await RunAsync("accounts", "create", "--name", "Globex", "--json", connection);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var accountId = json.RootElement.GetProperty("accountId").GetGuid();
        var apiKey = json.RootElement.GetProperty("apiKey").GetString();
        Assert.Equal(2, json.RootElement.EnumerateObject().Count());

        await using var factory = new CatoScimFactory(dataDir);
        var data = await factory.GraphQL(apiKey).DataAsync("{ viewer { role account { id name } } }");
        Assert.Equal(accountId.ToString(), data.GetProperty("viewer").GetProperty("account").GetProperty("id").GetString());
        Assert.Equal("Globex", data.GetProperty("viewer").GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Keys_create_and_revoke()
    {
        var dataDir = TestFolders.New();
        var connection = $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(dataDir, "catoscim.db")}";
        var (_, created) = await RunAsync("accounts", "create", "--name", "Initech", "--json", connection);
        var accountId = JsonDocument.Parse(created).RootElement.GetProperty("accountId").GetString()!;

        var (exit, keyJson) = await RunAsync("keys", "create", "--account", accountId, "--role", "VIEWER", "--json", connection);
        Assert.Equal(0, exit);
        var key = JsonDocument.Parse(keyJson).RootElement;

        await using (var factory = new CatoScimFactory(dataDir))
        {
            var data = await factory.GraphQL(key.GetProperty("apiKey").GetString()).DataAsync("{ viewer { role } }");
            Assert.Equal("VIEWER", data.GetProperty("viewer").GetProperty("role").GetString());
        }

        Assert.Equal(0, (await RunAsync("keys", "revoke", "--account", accountId, "--key", key.GetProperty("keyId").GetString()!, connection)).Exit);
        await using var after = new CatoScimFactory(dataDir);
        var (status, _) = await after.GraphQL(key.GetProperty("apiKey").GetString()).PostAsync("{ viewer { role } }");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Missing_name_fails_with_a_message()
    {
        var connection = $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(TestFolders.New(), "catoscim.db")}";
        var (exit, _) = await RunAsync("accounts", "create", connection);
        Assert.Equal(2, exit);
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            var exit = await CliRunner.RunAsync(CliArguments.Parse(args));
            return (exit, writer.ToString().Trim());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}

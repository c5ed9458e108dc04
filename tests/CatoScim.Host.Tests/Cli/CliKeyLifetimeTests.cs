using System.Text.Json;

namespace CatoScim.Host.Tests.Cli;

public sealed class CliKeyLifetimeTests
{
    [Fact]
    public async Task Keys_create_clamps_a_later_expiry_to_the_maximum_lifetime_and_gives_one_when_none_is_asked()
    {
        var dataDir = CliRun.NewDataDir();
        var accountId = JsonDocument.Parse((await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Acme", "--json")).Out).RootElement
            .GetProperty("accountId").GetString()!;
        var before = DateTime.UtcNow;

        var far = await CliRun.InAsync(dataDir, "keys", "create", "--account", accountId, "--name", "far",
            "--expires", before.AddDays(1000).ToString("O"));
        var unset = await CliRun.InAsync(dataDir, "keys", "create", "--account", accountId, "--name", "unset", "--ApiKeys:MaxLifetimeDays=30");
        var list = JsonDocument.Parse((await CliRun.InAsync(dataDir, "keys", "list", "--account", accountId, "--json")).Out).RootElement
            .EnumerateArray().ToDictionary(k => k.GetProperty("name").GetString()!, k => k.GetProperty("expiresAt").GetDateTime().ToUniversalTime());
        var after = DateTime.UtcNow;

        Assert.Equal(0, far.Exit);
        Assert.Equal(0, unset.Exit);
        Assert.InRange(list["far"], before.AddDays(365), after.AddDays(365));
        Assert.InRange(list["unset"], before.AddDays(30), after.AddDays(30));
    }
}

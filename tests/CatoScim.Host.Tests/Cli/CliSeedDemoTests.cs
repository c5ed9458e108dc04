using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Cli;

/// <summary>
/// `seed-demo` writes each module's share of one generated dataset through the module itself: the counts it reports are
/// what the API then shows, and the modules' copies of each other's facts agree as if the notifications had flowed.
/// </summary>
public sealed class CliSeedDemoTests
{
    private const int Users = 240;
    private const int Groups = 8;
    private const int Events = 1500;

    [Fact]
    public async Task Writes_the_counts_asked_for_and_reports_them()
    {
        var (dataDir, accountId, apiKey) = await CreateAccountAsync();

        var run = await SeedAsync(dataDir, accountId);

        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(Users, root.GetProperty("users").GetInt32());
        Assert.Equal(Groups, root.GetProperty("groups").GetInt32());
        Assert.Equal(2, root.GetProperty("directories").GetArrayLength());
        Assert.Equal(Events, root.GetProperty("modules").GetProperty("events").GetProperty("ProvisioningEvents").GetInt32());
        Assert.Equal(Users, root.GetProperty("modules").GetProperty("licensing").GetProperty("Users").GetInt32());
        Assert.Equal(root.GetProperty("memberships").GetInt32(), root.GetProperty("modules").GetProperty("directory").GetProperty("GroupMembers").GetInt32());
        Assert.Equal(root.GetProperty("memberships").GetInt32(), root.GetProperty("modules").GetProperty("licensing").GetProperty("GroupMemberships").GetInt32());

        await using var factory = new CatoScimFactory(dataDir);
        var data = await factory.GraphQL(apiKey).DataAsync("""
            query($a: ID!) {
              directory(accountId: $a) {
                users { paging { total } }
                disabled: users(input: { filter: { statuses: [DISABLED] } }) { paging { total } }
                manual: users(input: { filter: { origin: MANUAL } }) { paging { total } }
                groups { paging { total } }
                directories { name provider userCount }
              }
              events(accountId: $a) { summary { total } }
            }
            """, new { a = accountId });
        Assert.Equal(Users, data.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.InRange(data.GetProperty("directory").GetProperty("disabled").GetProperty("paging").GetProperty("total").GetInt32(), 1, Users / 4);
        Assert.Equal(Groups, data.GetProperty("directory").GetProperty("groups").GetProperty("paging").GetProperty("total").GetInt32());
        var directories = data.GetProperty("directory").GetProperty("directories").EnumerateArray().ToList();
        Assert.Equal(["OKTA", "ENTRA"], directories.Select(d => d.GetProperty("provider").GetString()));
        Assert.Equal(Users - data.GetProperty("directory").GetProperty("manual").GetProperty("paging").GetProperty("total").GetInt32(),
            directories.Sum(d => d.GetProperty("userCount").GetInt32()));
        Assert.Equal(Events, data.GetProperty("events").GetProperty("summary").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Directory_licence_copies_agree_with_licensing_seats_and_group_rows_with_member_counts()
    {
        var (dataDir, accountId, apiKey) = await CreateAccountAsync();
        Assert.Equal(0, (await SeedAsync(dataDir, accountId)).Exit);
        await using var factory = new CatoScimFactory(dataDir);
        var client = factory.GraphQL(apiKey);

        var data = await client.DataAsync("""
            query($a: ID!) {
              licensing(accountId: $a) {
                pool { total allocated pending }
                pending: assignments(input: { filter: { status: PENDING }, paging: { limit: 1000 } }) { paging { total } }
                rules(input: { paging: { limit: 1000 } }) { items { kind group { id name } } }
              }
              directory(accountId: $a) {
                assigned: users(input: { filter: { licenseStatuses: [ASSIGNED] }, paging: { limit: 1000 } }) { items { license { status } } paging { total } }
                pending: users(input: { filter: { licenseStatuses: [PENDING] }, paging: { limit: 1000 } }) { items { license { status } } paging { total } }
                none: users(input: { filter: { licenseStatuses: [NONE] }, paging: { limit: 1000 } }) { items { license { status } } paging { total } }
                groups(input: { paging: { limit: 1000 } }) { items { id name memberCount } }
              }
            }
            """, new { a = accountId });
        var pool = data.GetProperty("licensing").GetProperty("pool");
        var users = data.GetProperty("directory");

        // Directory's copy (the filter) and Licensing's seats (each user's license field and the pool) say the same.
        Assert.True(pool.GetProperty("pending").GetInt32() > 0, "the seeded rules cover more users than the seats bought");
        Assert.Equal(pool.GetProperty("allocated").GetInt32(), users.GetProperty("assigned").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(pool.GetProperty("pending").GetInt32(), users.GetProperty("pending").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(pool.GetProperty("pending").GetInt32(), data.GetProperty("licensing").GetProperty("pending").GetProperty("paging").GetProperty("total").GetInt32());
        foreach (var status in new[] { "assigned", "pending", "none" })
        {
            Assert.All(users.GetProperty(status).GetProperty("items").EnumerateArray(),
                u => Assert.Equal(status.ToUpperInvariant(), u.GetProperty("license").GetProperty("status").GetString()));
        }

        Assert.Equal(Users, new[] { "assigned", "pending", "none" }.Sum(s => users.GetProperty(s).GetProperty("paging").GetProperty("total").GetInt32()));

        // Licensing's group copies carry Directory's names; each group's member rows add up to its kept count.
        var groups = users.GetProperty("groups").GetProperty("items").EnumerateArray().ToDictionary(g => g.GetProperty("id").GetString()!);
        var ruleGroups = data.GetProperty("licensing").GetProperty("rules").GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "GROUP").Select(r => r.GetProperty("group")).ToList();
        Assert.NotEmpty(ruleGroups);
        Assert.All(ruleGroups, g => Assert.Equal(groups[g.GetProperty("id").GetString()!].GetProperty("name").GetString(), g.GetProperty("name").GetString()));
        foreach (var group in groups.Values)
        {
            // With a search that matches every user, the total is a COUNT over the member rows, not the kept count.
            var members = await client.DataAsync("""
                query($a: ID!, $g: ID!) { directory(accountId: $a) { users(input: { filter: { groupId: $g, search: "@" }, paging: { limit: 1 } }) { paging { total } } } }
                """, new { a = accountId, g = group.GetProperty("id").GetString() });
            Assert.Equal(group.GetProperty("memberCount").GetInt32(), members.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Refuses_an_account_with_users_unless_forced_and_an_unknown_account()
    {
        var (dataDir, accountId, apiKey) = await CreateAccountAsync();
        Assert.Equal(0, (await SeedAsync(dataDir, accountId)).Exit);

        var refused = await SeedAsync(dataDir, accountId);
        var forced = await SeedAsync(dataDir, accountId, "--force");
        var unknown = await SeedAsync(dataDir, Guid.NewGuid());

        Assert.Equal(2, refused.Exit);
        Assert.Contains($"already has {Users} users", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.Exit);
        Assert.Equal(2, unknown.Exit);
        Assert.StartsWith("No account ", unknown.Error, StringComparison.Ordinal);
        await using var factory = new CatoScimFactory(dataDir);
        var data = await factory.GraphQL(apiKey).DataAsync("query($a: ID!) { directory(accountId: $a) { users { paging { total } } directories { id } } }", new { a = accountId });
        Assert.Equal(2 * Users, data.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal(4, data.GetProperty("directory").GetProperty("directories").GetArrayLength());
    }

    private static async Task<(string DataDir, string AccountId, string ApiKey)> CreateAccountAsync()
    {
        var dataDir = CliRun.NewDataDir();
        var created = await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Demo", "--json");
        using var json = JsonDocument.Parse(created.Out);
        return (dataDir, json.RootElement.GetProperty("accountId").GetString()!, json.RootElement.GetProperty("apiKey").GetString()!);
    }

    private static Task<CliRun> SeedAsync(string dataDir, object accountId, params string[] extra) =>
        CliRun.InAsync(dataDir, ["seed-demo", "--account", accountId.ToString()!, "--users", $"{Users}", "--groups", $"{Groups}", "--events", $"{Events}", "--json", .. extra]);
}

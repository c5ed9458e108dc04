using System.Text.Json;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Cli;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>One seeded account for every plan: seeding is the slow part, and the plans do not depend on the test.</summary>
public sealed class SeededPlanAccount : IAsyncLifetime
{
    private CatoScimFactory _factory = null!;

    public SqlPlanRecorder Sql { get; } = new();

    public GraphQLTestClient Client { get; private set; } = null!;

    public string AccountId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var dataDir = CliRun.NewDataDir();
        var created = await CliRun.InAsync(dataDir, "accounts", "create", "--name", "Plans", "--json");
        using var json = JsonDocument.Parse(created.Out);
        AccountId = json.RootElement.GetProperty("accountId").GetString()!;
        // Enough users that the largest group takes the large-group path (1,000 members and more).
        var seeded = await CliRun.InAsync(dataDir, "seed-demo", "--account", AccountId, "--users", "2500", "--groups", "5", "--events", "200");
        Assert.True(seeded.Exit == 0, seeded.Error);
        _factory = new CatoScimFactory(dataDir, services: s =>
        {
            s.ConfigureDbContext<DirectorySqliteDbContext>(o => o.AddInterceptors(Sql));
            s.ConfigureDbContext<LicensingSqliteDbContext>(o => o.AddInterceptors(Sql));
        });
        Client = _factory.GraphQL(json.RootElement.GetProperty("apiKey").GetString());
        // Seeded users are queued for the search index; a search counts queued users as candidates until it is built.
        await Eventually.AssertAsync(
            () => _factory.WithDbAsync(db => db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "Directory_UserSearchQueue" """).SingleAsync()),
            queued => queued == 0, "the seeded users are indexed for search");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}

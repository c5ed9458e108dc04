using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Outbox;

/// <summary>
/// In a run the consumers ask the inbox, and an account without licence rules its rules, once per run: a run of ten
/// creates sends them no more of those reads than a run of two, and scans the tracked entities as often.
/// </summary>
public sealed class DeliveryRunCostTests : IAsyncLifetime
{
    private readonly SqlCommandLog _licensing = new();
    private readonly SqlCommandLog _events = new();
    private readonly ChangeScanCounter _scans = new();
    private readonly CatoScimFactory _factory;

    public DeliveryRunCostTests() => _factory = new(
        settings: new() { ["Outbox:DispatcherEnabled"] = "false", ["Scim:RateLimitPerSecond"] = "0" },
        services: s =>
        {
            s.ConfigureDbContext<LicensingSqliteDbContext>(o => o.AddInterceptors(_licensing, _scans));
            s.ConfigureDbContext<EventsSqliteDbContext>(o => o.AddInterceptors(_events, _scans));
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private OutboxDispatcher<DirectoryDbContext> Directory => _factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();

    [Fact]
    public async Task A_run_of_ten_creates_reads_the_inboxes_and_the_rules_as_often_as_a_run_of_two()
    {
        var (accountId, small, large) = await RunsOfTwoAndTenAsync();

        Assert.True(small.Inbox > 0 && small.Rules > 0, $"inbox reads {small.Inbox}, rule reads {small.Rules}");
        Assert.Equal((small.Inbox, small.Rules), (large.Inbox, large.Rules));
        Assert.Equal(12, await _factory.LicensingDbAsync(db => db.Users.CountAsync(u => u.AccountId == accountId)));
    }

    [Fact]
    public async Task A_run_of_ten_creates_scans_the_consumers_tracked_entities_as_often_as_a_run_of_two()
    {
        var (_, small, large) = await RunsOfTwoAndTenAsync();

        Assert.True(small.Scans > 0);
        Assert.Equal(small.Scans, large.Scans);
    }

    // A new account's own notifications go out first, so each measured run holds only its creates.
    private async Task<(Guid AccountId, (int Inbox, int Rules, int Scans) Small, (int Inbox, int Rules, int Scans) Large)> RunsOfTwoAndTenAsync()
    {
        var (accountId, _) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        while (await Directory.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }

        var small = await RunAsync(scim, 2);
        return (accountId, small, await RunAsync(scim, 10));
    }

    private async Task<(int Inbox, int Rules, int Scans)> RunAsync(ScimTestClient scim, int users)
    {
        await LicensingTestData.CreateScimUsersAsync(scim, users);
        var (licensingBefore, eventsBefore, scansBefore) = (_licensing.Commands.Count, _events.Commands.Count, _scans.Scans);
        Assert.Equal(users, await Directory.DispatchBatchAsync(CancellationToken.None));
        var licensing = _licensing.Commands.Skip(licensingBefore).ToList();
        var events = _events.Commands.Skip(eventsBefore).ToList();
        return (licensing.Count(c => Reads(c, "Licensing_Inbox")) + events.Count(c => Reads(c, "Events_Inbox")),
            licensing.Count(c => Reads(c, "Licensing_Rules")), _scans.Scans - scansBefore);
    }

    private static bool Reads(string sql, string table) =>
        sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && sql.Contains($"\"{table}\"", StringComparison.Ordinal);
}

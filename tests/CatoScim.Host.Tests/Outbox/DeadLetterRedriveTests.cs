using CatoScim.Directory.Contracts.Users;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Cli;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;
using CatoScim.ModuleKit.Outbox;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Outbox;

/// <summary>
/// Only a consumer's own failure dead-letters a message, after Outbox:MaxAttempts; an operator re-drives it and it is
/// applied once, whether or not a consumer had applied it before failing.
/// </summary>
public sealed class DeadLetterRedriveTests : IAsyncLifetime
{
    private readonly FailingConsumers _failing = new();
    private readonly CatoScimFactory _factory;

    public DeadLetterRedriveTests() => _factory = new(
        settings: new() { ["Outbox:DispatcherEnabled"] = "false", ["Outbox:MaxAttempts"] = "2", ["Scim:RateLimitPerSecond"] = "0" },
        services: s =>
        {
            s.AddSingleton(_failing);
            s.AddScoped<IPublisher>(sp => new FailingPublisher(sp.GetRequiredService<IMediator>(), _failing));
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private OutboxDispatcher<DirectoryDbContext> Directory => _factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_message_its_consumer_fails_is_dead_lettered_after_its_attempts_shown_to_ops_and_after_redrive_applied_once(bool failedAfterApplying)
    {
        var (accountId, userId) = await ProvisionOneUserAsync(() => new InvalidOperationException("consumer bug"), failedAfterApplying);

        Assert.Equal(0, await Directory.DispatchBatchAsync(CancellationToken.None));
        _factory.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await Directory.DispatchBatchAsync(CancellationToken.None));

        var dead = await UserMessageAsync();
        Assert.NotNull(dead.DeadLetteredAt);
        Assert.Equal(2, dead.Attempts);
        Assert.Equal(failedAfterApplying ? 1 : 0, await HistoryCountAsync(userId));
        Assert.Equal("Degraded", await _factory.CreateClient().GetStringAsync("/health/ready"));
        var page = await DashboardOutboxPageAsync();
        Assert.Contains($"<td>directory</td><td>{dead.Id}</td><td>{nameof(UserProvisioned)}</td>", page, StringComparison.OrdinalIgnoreCase);

        _failing.Heal();
        var redrive = await CliRun.InAsync(_factory.DataDir, "outbox", "redrive", "--module", "Directory", "--json");
        Assert.Equal(0, redrive.Exit);
        Assert.Contains(dead.Id.ToString(), redrive.Out, StringComparison.Ordinal);

        Assert.Equal(1, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(0, await Directory.DispatchBatchAsync(CancellationToken.None));
        var redriven = await UserMessageAsync();
        Assert.NotNull(redriven.DeliveredAt);
        Assert.Null(redriven.DeadLetteredAt);
        Assert.Equal(1, await HistoryCountAsync(userId));
        Assert.Equal(1, await _factory.LicensingDbAsync(db => db.Users.CountAsync(u => u.AccountId == accountId)));
        Assert.Equal("Healthy", await _factory.CreateClient().GetStringAsync("/health/ready"));
        Assert.Contains("No dead letters.", await DashboardOutboxPageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_consumer_database_is_retried_without_counting_an_attempt_and_never_dead_letters()
    {
        var (_, userId) = await ProvisionOneUserAsync(() => new SqliteException("database is locked", 5));

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(0, await Directory.DispatchBatchAsync(CancellationToken.None));
            _factory.Time.Advance(TimeSpan.FromHours(1));
        }

        var waiting = await UserMessageAsync();
        Assert.Equal(6, _failing.Failures);
        Assert.Null(waiting.DeadLetteredAt);
        Assert.Equal(0, waiting.Attempts);
        Assert.NotNull(waiting.NextAttemptAt);
        Assert.Equal("Healthy", await _factory.CreateClient().GetStringAsync("/health/ready"));

        _failing.Heal();
        Assert.Equal(1, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(1, await HistoryCountAsync(userId));
    }

    [Fact]
    public async Task Redrive_of_an_id_that_is_not_a_dead_letter_is_refused_and_changes_nothing()
    {
        await ProvisionOneUserAsync(() => new InvalidOperationException("consumer bug"));
        Assert.Equal(0, await Directory.DispatchBatchAsync(CancellationToken.None));
        var pending = await UserMessageAsync();

        var result = await CliRun.InAsync(_factory.DataDir, "outbox", "redrive", "--module", "directory", "--id", pending.Id.ToString());
        var unknownModule = await CliRun.InAsync(_factory.DataDir, "outbox", "redrive", "--module", "Billing");

        Assert.Equal(2, result.Exit);
        Assert.Contains($"No dead-lettered message {pending.Id}", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await UserMessageAsync()).Attempts);
        Assert.Equal(2, unknownModule.Exit);
        Assert.Contains("--module is Directory, Licensing or Events, not 'Billing'", unknownModule.Error, StringComparison.Ordinal);
    }

    // From loopback in Development, where the dashboard needs no credentials.
    private async Task<string> DashboardOutboxPageAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/outbox");
        request.Headers.Add(TestRemoteIpStartupFilter.Header, "127.0.0.1");
        using var response = await _factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<(Guid AccountId, Guid UserId)> ProvisionOneUserAsync(Func<Exception> failure, bool afterApplying = false)
    {
        var (accountId, _) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        // The directory's first health change (to HEALTHY) is published now, so that the user's message is the only
        // one the steps below find in the outbox.
        await scim.GetAsync("/ServiceProviderConfig");
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        while (await Directory.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }

        _failing.Fail<UserProvisioned>(failure, afterApplying);
        var users = await LicensingTestData.CreateScimUsersAsync(scim, 1);
        return (accountId, Guid.Parse(users[0]));
    }

    private async Task<OutboxMessage> UserMessageAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().AsNoTracking()
            .SingleAsync(m => m.Type.Contains(".UserProvisioned,"));
    }

    private async Task<int> HistoryCountAsync(Guid userId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().ProvisioningEvents
            .CountAsync(e => e.ResourceId == userId && e.Operation == "USER_CREATED");
    }
}

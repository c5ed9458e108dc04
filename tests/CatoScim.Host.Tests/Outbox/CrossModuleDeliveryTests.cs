using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Outbox;

public sealed class CrossModuleDeliveryTests
{
    [Fact]
    public async Task Account_created_reaches_events_and_licensing_through_the_outbox()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, _) = await factory.CreateAccountAsync("acme");

        await Eventually.AssertAsync(() => CopiesAsync(factory, accountId), c => c == (1, 1), "Events and Licensing copies");
        await Eventually.AssertAsync(() => DirectoryOutbox.PendingAsync(factory), p => p == 0, "outbox drained");
    }

    [Fact]
    public async Task A_commit_whose_delivery_was_cut_short_is_delivered_after_restart()
    {
        var dataDir = TestFolders.New();
        Guid accountId;
        await using (var crashed = new CatoScimFactory(dataDir, settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
        {
            (accountId, _) = await crashed.CreateAccountAsync("acme");
            Assert.Equal((0, 0), await CopiesAsync(crashed, accountId));
            Assert.True(await DirectoryOutbox.PendingAsync(crashed) >= 1);
        }

        await using var restarted = new CatoScimFactory(dataDir);
        await Eventually.AssertAsync(() => CopiesAsync(restarted, accountId), c => c == (1, 1), "delivery after restart");
    }

    [Fact]
    public async Task Redelivery_changes_nothing()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();
        await dispatcher.DispatchBatchAsync(CancellationToken.None); // the first-start `default` account
        var (accountId, _) = await factory.CreateAccountAsync("acme");

        // AccountCreated, and the audit records of the account and of its first key.
        Assert.Equal(3, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        var inboxBefore = await InboxCountAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Simulates a crash after the handlers committed but before the row was marked delivered.
            var outbox = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>();
            var created = await AccountCreatedRowAsync(factory);
            await outbox.Where(m => m.Sequence == created.Sequence).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null));
        }

        Assert.Equal(1, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal((1, 1), await CopiesAsync(factory, accountId));
        Assert.Equal(inboxBefore, await InboxCountAsync(factory));
    }

    [Fact]
    public async Task A_failing_consumer_leaves_the_committed_write_in_place_and_is_retried_after_a_backoff()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Outbox:DispatcherEnabled"] = "false" });
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();
        await dispatcher.DispatchBatchAsync(CancellationToken.None); // the first-start `default` account
        await ExecuteSqlAsync(factory, "ALTER TABLE \"Licensing_Pools\" RENAME TO \"Licensing_Pools_away\"");

        var (accountId, key) = await factory.CreateAccountAsync("acme");

        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        // The account and its key stay committed although Licensing could not take the notification.
        Assert.Equal("EDITOR", (await factory.GraphQL(key).DataAsync("{ viewer { role } }")).GetProperty("viewer").GetProperty("role").GetString());
        var failed = await AccountCreatedRowAsync(factory);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.Null(failed.DeliveredAt);

        await ExecuteSqlAsync(factory, "ALTER TABLE \"Licensing_Pools_away\" RENAME TO \"Licensing_Pools\"");
        Assert.Equal(0, await dispatcher.DispatchBatchAsync(CancellationToken.None));
        factory.Time.Advance(TimeSpan.FromSeconds(3));
        // AccountCreated, then the two audit records it held up behind it.
        Assert.Equal(3, await dispatcher.DispatchBatchAsync(CancellationToken.None));

        Assert.Equal((1, 1), await CopiesAsync(factory, accountId));
        Assert.NotNull((await AccountCreatedRowAsync(factory)).DeliveredAt);
    }

    private static async Task<(int Events, int Licensing)> CopiesAsync(CatoScimFactory factory, Guid accountId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Accounts.CountAsync(a => a.AccountId == accountId);
        var licensing = await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Pools.CountAsync(p => p.AccountId == accountId);
        return (events, licensing);
    }

    /// <summary>The newest account's AccountCreated row (the account's audit records follow it).</summary>
    private static async Task<OutboxMessage> AccountCreatedRowAsync(CatoScimFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains(".AccountCreated,")).OrderByDescending(m => m.Sequence).FirstAsync();
    }

    private static async Task<int> InboxCountAsync(CatoScimFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Set<CatoScim.ModuleKit.Inbox.ProcessedMessage>().CountAsync()
            + await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Set<CatoScim.ModuleKit.Inbox.ProcessedMessage>().CountAsync();
    }

    private static async Task ExecuteSqlAsync(CatoScimFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}

using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Outbox;

/// <summary>Fresh outbox messages go to the consumers as one run: one transaction per consumer, all or nothing.</summary>
public sealed class DeliveryRunTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false", ["Scim:RateLimitPerSecond"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private OutboxDispatcher<DirectoryDbContext> Directory => _factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();

    [Fact]
    public async Task A_run_records_every_user_once_and_hands_out_exactly_the_free_seats()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        await DrainAsync();
        var gql = _factory.GraphQL(key);
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 2}) { licensePool { total } } } }", new { a = accountId });
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { createLicenseRule(input: {kind: ALL_SCIM_USERS}) { licenseRule { id } } } }", new { a = accountId });
        var scim = await _factory.CreateScimClientAsync(accountId);
        await DrainAsync();

        var users = await LicensingTestData.CreateScimUsersAsync(scim, 5);
        Assert.Equal(5, await Directory.DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(Enumerable.Repeat(1, 5), await HistoryCountsAsync(users));
        var seats = await _factory.LicensingDbAsync(db => db.Seats.Where(s => s.AccountId == accountId).Select(s => s.Status).ToListAsync());
        Assert.Equal(["Assigned", "Assigned", "Pending", "Pending", "Pending"], seats.Select(s => s.ToString()).Order());
        Assert.Equal(2, await _factory.LicensingOutboxCountAsync("LicenseAssigned"));

        // Redelivering the whole run (a crash before the rows were marked delivered) changes nothing.
        await WithDirectoryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.Contains(".UserProvisioned,"))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null)));
        Assert.Equal(5, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(Enumerable.Repeat(1, 5), await HistoryCountsAsync(users));
        Assert.Equal(5, await _factory.LicensingDbAsync(db => db.Seats.CountAsync(s => s.AccountId == accountId)));
        Assert.Equal(2, await _factory.LicensingOutboxCountAsync("LicenseAssigned"));
    }

    [Fact]
    public async Task A_rule_created_after_a_run_without_rules_covers_the_users_of_the_next_run()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        await DrainAsync();
        await LicensingTestData.CreateScimUsersAsync(scim, 2);
        Assert.Equal(2, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(0, await _factory.LicensingDbAsync(db => db.Seats.CountAsync(s => s.AccountId == accountId)));

        var gql = _factory.GraphQL(key);
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 10}) { licensePool { total } } } }", new { a = accountId });
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { createLicenseRule(input: {kind: ALL_SCIM_USERS}) { licenseRule { id } } } }", new { a = accountId });
        await CreateUsersAsync(scim, "next1", "next2");

        Assert.Equal(2, await Directory.DispatchBatchAsync(CancellationToken.None));
        var seats = await _factory.LicensingDbAsync(db => db.Seats.Where(s => s.AccountId == accountId).Select(s => s.Status).ToListAsync());
        Assert.Equal(4, seats.Count(s => s.ToString() == "Assigned"));
    }

    [Fact]
    public async Task A_run_mixing_redelivered_and_new_messages_records_each_user_once()
    {
        var (accountId, _) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        await DrainAsync();
        var users = await LicensingTestData.CreateScimUsersAsync(scim, 3);
        Assert.Equal(3, await Directory.DispatchBatchAsync(CancellationToken.None));

        // Two of them handled before a crash, then redelivered in the same run as two new users.
        var handled = await WithDirectoryAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.Contains(".UserProvisioned,"))
            .OrderBy(m => m.Sequence).Take(2).Select(m => m.Sequence).ToListAsync());
        await WithDirectoryAsync(db => db.Set<OutboxMessage>().Where(m => handled.Contains(m.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null)));
        users.AddRange(await CreateUsersAsync(scim, "late1", "late2"));

        Assert.Equal(4, await Directory.DispatchBatchAsync(CancellationToken.None));

        Assert.Equal(Enumerable.Repeat(1, 5), await HistoryCountsAsync(users));
        Assert.Equal(5, await _factory.LicensingDbAsync(db => db.Users.CountAsync(u => u.AccountId == accountId)));
        Assert.Equal(0, await WithDirectoryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null || m.Attempts > 0)));
    }

    [Fact]
    public async Task A_poison_message_rolls_its_run_back_and_only_the_messages_before_it_are_delivered_one_by_one()
    {
        var (accountId, _) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        await DrainAsync();
        var users = await LicensingTestData.CreateScimUsersAsync(scim, 4);
        var poison = await WithDirectoryAsync(db => db.Set<OutboxMessage>().Where(m => m.DeliveredAt == null)
            .OrderBy(m => m.Sequence).Skip(2).Select(m => m.Sequence).FirstAsync());
        await WithDirectoryAsync(db => db.Set<OutboxMessage>().Where(m => m.Sequence == poison)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Type, "CatoScim.Nowhere.Missing, CatoScim.Nowhere")));

        Assert.Equal(2, await Directory.DispatchBatchAsync(CancellationToken.None));

        Assert.Equal([1, 1, 0, 0], await HistoryCountsAsync(users));
        Assert.Equal(2, await _factory.LicensingDbAsync(db => db.Users.CountAsync(u => u.AccountId == accountId)));
        var failed = await WithDirectoryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Sequence == poison));
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.DeliveredAt);
        Assert.Equal(2, await WithDirectoryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null)));
    }

    /// <summary>Users with names of the test's choosing, so they never collide with LicensingTestData's.</summary>
    private static async Task<List<string>> CreateUsersAsync(ScimTestClient scim, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var created = await scim.PostAsync("/Users", ScimBodies.OktaUser($"{name}@acme.com", externalId: $"00u{name}"));
            Assert.Equal(HttpStatusCode.Created, created.Status);
            ids.Add(created.Str("id")!);
        }

        return ids;
    }

    private async Task DrainAsync()
    {
        while (await Directory.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<List<int>> HistoryCountsAsync(List<string> userIds)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var counts = new List<int>();
        foreach (var id in userIds.Select(Guid.Parse))
        {
            counts.Add(await db.ProvisioningEvents.CountAsync(e => e.ResourceId == id && e.Operation == "USER_CREATED"));
        }

        return counts;
    }

    private async Task<T> WithDirectoryAsync<T>(Func<DirectoryDbContext, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }
}

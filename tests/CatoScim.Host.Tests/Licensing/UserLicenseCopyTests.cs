using System.Net;
using System.Text.Json;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>
/// Directory's copy of the licence statuses, with the outbox driven by hand: a user moved twice within one outbox run
/// gets two versions, and a re-driven older notification does not overwrite the newer status.
/// </summary>
public sealed class UserLicenseCopyTests : IAsyncLifetime
{
    private const string Assigned = """
        query($a: ID!) { directory(accountId: $a) { users(input: {filter: {licenseStatuses: [ASSIGNED]}}) { items { id } } } }
        """;

    // No health flush during the test: its notifications would join the run under test.
    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Outbox:DispatcherEnabled"] = "false",
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:Health:FlushInterval"] = "00:10:00",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Versions_order_the_copies_even_inside_one_run_and_a_re_driven_older_status_changes_nothing()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var gql = _factory.GraphQL(key);
        await DrainAsync();
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 1}) { pool { total } } createLicenseRule(input: {kind: ALL_SCIM_USERS}) { rule { id } } } }",
            new { a = accountId });
        var scim = await _factory.CreateScimClientAsync(accountId);
        await DrainAsync();

        // Holder takes the seat, waiting queues for it, the holder's deactivation hands it on: three messages of one run.
        var users = await LicensingTestData.CreateScimUsersAsync(scim, 2);
        var (holder, waiting) = (Guid.Parse(users[0]), Guid.Parse(users[1]));
        var patched = await scim.PatchAsync($"/Users/{holder}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""));
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(3, await Dispatcher<DirectoryDbContext>().DispatchBatchAsync(CancellationToken.None));

        var changes = await StatusChangesAsync();
        Assert.Equal([(holder, LicenseStatuses.Assigned), (waiting, LicenseStatuses.Pending), (holder, LicenseStatuses.None), (waiting, LicenseStatuses.Assigned)],
            changes.Select(c => (c.Changed.UserId, c.Changed.Status)));
        Assert.True(changes[3].Changed.Version > changes[1].Changed.Version);

        await DrainAsync();
        Assert.Equal([waiting.ToString()], await AssignedAsync(gql, accountId));

        // An operator re-drives the older PENDING after the newer ASSIGNED was applied.
        await _factory.LicensingDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Sequence == changes[1].Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null)));
        Assert.Equal(1, await Dispatcher<LicensingDbContext>().DispatchBatchAsync(CancellationToken.None));
        Assert.Equal([waiting.ToString()], await AssignedAsync(gql, accountId));
    }

    private OutboxDispatcher<T> Dispatcher<T>()
        where T : Microsoft.EntityFrameworkCore.DbContext => _factory.Services.GetRequiredService<OutboxDispatcher<T>>();

    /// <summary>Directory's outbox feeds Licensing's, which feeds Directory's copies: both until neither has anything left.</summary>
    private async Task DrainAsync()
    {
        while (await Dispatcher<DirectoryDbContext>().DispatchBatchAsync(CancellationToken.None) + await Dispatcher<LicensingDbContext>().DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<List<(long Sequence, UserLicenseStatusChanged Changed)>> StatusChangesAsync()
    {
        var rows = await _factory.LicensingDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Type.Contains($".{nameof(UserLicenseStatusChanged)},"))
            .OrderBy(m => m.Sequence).Select(m => new { m.Sequence, m.Payload }).ToListAsync());
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        return rows.Select(r => (r.Sequence, JsonSerializer.Deserialize<UserLicenseStatusChanged>(r.Payload, json)!)).ToList();
    }

    private static async Task<List<string>> AssignedAsync(GraphQLTestClient gql, Guid accountId) =>
        (await gql.DataAsync(Assigned, new { a = accountId })).GetProperty("directory").GetProperty("users").GetProperty("items")
            .EnumerateArray().Select(u => u.GetProperty("id").GetString()!).ToList();
}

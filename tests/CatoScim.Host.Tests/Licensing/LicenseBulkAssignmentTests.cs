using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>assignLicenses / unassignLicenses of a thousand users per call, alone and racing, over the real HTTP pipeline.</summary>
public sealed class LicenseBulkAssignmentTests : IAsyncLifetime
{
    private const string SetPool = "mutation($a: ID!, $t: Int!) { licensing(accountId: $a) { updateLicensePool(input: {total: $t}) { licensePool { total } } } }";

    private const string Assign = """
        mutation($a: ID!, $ids: [ID!]!) { licensing(accountId: $a) { assignLicenses(input: {userIds: $ids}) {
          changes { userId outcome rule { id kind user { userName } } license { status via } } licensePool { total allocated available pending } } } }
        """;

    private const string Unassign = """
        mutation($a: ID!, $ids: [ID!]!) { licensing(accountId: $a) { unassignLicenses(input: {userIds: $ids}) {
          changes { userId outcome rule { id } license { status } } licensePool { total allocated available pending } } } }
        """;

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Assigning_1000_users_in_one_call_fills_the_pool_in_user_id_order_and_unassigning_them_in_one_call_frees_every_seat()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var gql = _factory.GraphQL(key);
        var users = await _factory.SeedUserCopiesAsync(accountId, 1000);
        await gql.DataAsync(SetPool, new { a = accountId, t = 600 });

        var assigned = Payload(await gql.DataAsync(Assign, new { a = accountId, ids = users }), "assignLicenses");
        var changes = Changes(assigned);
        Assert.Equal(users, changes.Select(c => c.GetProperty("userId").GetString()));
        Assert.Equal(600, changes.Count(c => Outcome(c) == "ASSIGNED" && c.GetProperty("license").GetProperty("status").GetString() == "ASSIGNED"));
        Assert.Equal(400, changes.Count(c => Outcome(c) == "PENDING" && c.GetProperty("license").GetProperty("status").GetString() == "PENDING"));
        // Within the USER tier everyone was covered at the same instant, so seats go in user id order.
        Assert.Equal(users.Order(StringComparer.Ordinal).Take(600), changes.Where(c => Outcome(c) == "ASSIGNED").Select(c => c.GetProperty("userId").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.Equal("USER", c.GetProperty("rule").GetProperty("kind").GetString()));
        Assert.Equal("bulk0000@acme.com", changes[0].GetProperty("rule").GetProperty("user").GetProperty("userName").GetString());
        Assert.Equal((600, 600, 0, 400), Pool(assigned));
        Assert.Equal((600, 400, 1000), await SeatCountsAsync(accountId));
        // One admin audit record per rule created.
        Assert.Equal(1000, await AuditCountAsync("LICENSE_RULE_CREATED"));
        Assert.Equal(600, await _factory.LicensingOutboxCountAsync("LicenseAssigned"));

        var unassigned = Payload(await gql.DataAsync(Unassign, new { a = accountId, ids = users }), "unassignLicenses");
        Assert.All(Changes(unassigned), c =>
        {
            Assert.Equal("UNASSIGNED", Outcome(c));
            Assert.Equal("NONE", c.GetProperty("license").GetProperty("status").GetString());
        });
        Assert.Equal((600, 0, 600, 0), Pool(unassigned));
        Assert.Equal((0, 0, 0), await SeatCountsAsync(accountId));
        Assert.Equal(600, await _factory.LicensingOutboxCountAsync("LicenseReleased"));
        Assert.Equal(1000, await AuditCountAsync("LICENSE_RULE_DELETED"));
    }

    [Fact]
    public async Task Two_racing_calls_assigning_overlapping_1000_user_selections_never_over_allocate_create_each_rule_once_and_an_unassign_moves_the_seats_on()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        var gql = _factory.GraphQL(key);
        var users = await _factory.SeedUserCopiesAsync(accountId, 1500);
        await gql.DataAsync(SetPool, new { a = accountId, t = 1000 });

        var first = _factory.GraphQL(key).DataAsync(Assign, new { a = accountId, ids = users.Take(1000) });
        var second = _factory.GraphQL(key).DataAsync(Assign, new { a = accountId, ids = users.Skip(500) });
        var payloads = (await Task.WhenAll(first, second)).Select(d => Payload(d, "assignLicenses")).ToList();

        var outcomes = payloads.SelectMany(Changes).GroupBy(Outcome).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(1000, outcomes["ASSIGNED"]);
        Assert.Equal(500, outcomes["PENDING"]);
        Assert.Equal(500, outcomes["ALREADY_ASSIGNED"]);
        // Whichever call committed last saw the whole pool.
        Assert.Contains((1000, 1000, 0, 500), payloads.Select(Pool));
        Assert.Equal((1000, 500, 1500), await SeatCountsAsync(accountId));
        var rules = await _factory.LicensingDbAsync(db => db.Rules.Where(r => r.AccountId == accountId && r.Kind == LicenseRuleKind.User).Select(r => r.Subject).ToListAsync());
        Assert.Equal(users.Order(StringComparer.Ordinal), rules.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        var pool = await _factory.LicensingDbAsync(db => db.Pools.AsNoTracking().SingleAsync(p => p.AccountId == accountId));
        Assert.Equal((1000, 500), (pool.Allocated, pool.Pending));
        Assert.Equal(1000, await _factory.LicensingOutboxCountAsync("LicenseAssigned"));

        // Unassigning a thousand of them hands their seats to the 500 who were waiting.
        var unassigned = Payload(await gql.DataAsync(Unassign, new { a = accountId, ids = users.Take(1000) }), "unassignLicenses");
        Assert.All(Changes(unassigned), c => Assert.Equal("UNASSIGNED", Outcome(c)));
        Assert.Equal((1000, 500, 500, 0), Pool(unassigned));
        Assert.Equal((500, 0, 500), await SeatCountsAsync(accountId));
    }

    private Task<int> AuditCountAsync(string action) => _factory.LicensingDbAsync(db => db.Set<OutboxMessage>()
        .CountAsync(m => m.Type.Contains(".AdminChangeAudited,") && m.Payload.Contains($"\"action\":\"{action}\"")));

    private static JsonElement Payload(JsonElement data, string field) => data.GetProperty("licensing").GetProperty(field);

    private static List<JsonElement> Changes(JsonElement payload) => [.. payload.GetProperty("changes").EnumerateArray()];

    private static string? Outcome(JsonElement change) => change.GetProperty("outcome").GetString();

    private static (int Total, int Allocated, int Available, int Pending) Pool(JsonElement payload)
    {
        var pool = payload.GetProperty("licensePool");
        return (pool.GetProperty("total").GetInt32(), pool.GetProperty("allocated").GetInt32(), pool.GetProperty("available").GetInt32(), pool.GetProperty("pending").GetInt32());
    }

    /// <summary>Seat rows by status, and USER rules, as stored.</summary>
    private Task<(int Assigned, int Pending, int UserRules)> SeatCountsAsync(Guid accountId) => _factory.LicensingDbAsync(async db => (
        await db.Seats.CountAsync(s => s.AccountId == accountId && s.Status == SeatStatus.Assigned),
        await db.Seats.CountAsync(s => s.AccountId == accountId && s.Status == SeatStatus.Pending),
        await db.Rules.CountAsync(r => r.AccountId == accountId && r.Kind == LicenseRuleKind.User)));
}

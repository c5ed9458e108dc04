using System.Net;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>Okta provisions users and a group; an admin licenses the group; Okta's deactivation moves the seat on.</summary>
public sealed class LicensingSeatFlowTests : IAsyncLifetime
{
    private const string SetPool = "mutation($a: ID!, $t: Int!) { licensing(accountId: $a) { updateLicensePool(input: {total: $t}) { licensePool { total } } } }";
    private const string GroupRule = "mutation($a: ID!, $g: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: GROUP, groupId: $g}) { licenseRule { id kind } } } }";

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Group_rule_allocates_seats_deactivation_frees_one_for_the_first_pending_user_and_exhaustion_is_reported_once()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        var gql = _factory.GraphQL(key);
        var users = await CreateScimUsersAsync(scim, 4);
        var group = await CreateScimGroupAsync(scim, "ZTNA Users", users);
        await _factory.WaitForMembersAsync(group, 4);

        await gql.DataAsync(SetPool, new { a = accountId, t = 2 });
        var rule = (await gql.DataAsync(GroupRule, new { a = accountId, g = group })).GetProperty("licensing").GetProperty("createLicenseRule").GetProperty("licenseRule");
        Assert.Equal("GROUP", rule.GetProperty("kind").GetString());

        var licensing = await gql.LicensingAsync(accountId);
        var pool = licensing.GetProperty("pool");
        Assert.Equal((2, 2, 0, 2), (pool.GetProperty("total").GetInt32(), pool.GetProperty("allocated").GetInt32(), pool.GetProperty("available").GetInt32(), pool.GetProperty("pending").GetInt32()));
        var assigned = UserIds(await gql.LicensingAsync(accountId, "ASSIGNED"));
        var pending = UserIds(await gql.LicensingAsync(accountId, "PENDING"));
        Assert.Equal(2, assigned.Count);
        Assert.Equal(users.Order(), assigned.Concat(pending).Order());
        Assert.Equal(1, await _factory.LicensingOutboxCountAsync("LicensePoolExhausted"));

        var deactivated = await scim.PatchAsync($"/Users/{assigned[0]}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""));
        Assert.Equal(HttpStatusCode.OK, deactivated.Status);
        var after = await Eventually.AssertAsync(async () => UserIds(await gql.LicensingAsync(accountId, "ASSIGNED")),
            ids => !ids.Contains(assigned[0]), "the deactivated user's seat to be released");
        Assert.Equal(new[] { assigned[1], pending[0] }.Order(), after.Order());
        Assert.Equal([pending[1]], UserIds(await gql.LicensingAsync(accountId, "PENDING")));

        var license = await gql.DataAsync("query($a: ID!, $u: ID!, $us: [ID!]!) { licensing(accountId: $a) { userLicense(userId: $u) { status via } licenses(userIds: $us) { userId status } } }",
            new { a = accountId, u = assigned[0], us = new[] { pending[0], pending[1] } });
        Assert.Equal("NONE", license.GetProperty("licensing").GetProperty("userLicense").GetProperty("status").GetString());
        var batch = license.GetProperty("licensing").GetProperty("licenses");
        Assert.Equal(["ASSIGNED", "PENDING"], batch.EnumerateArray().Select(l => l.GetProperty("status").GetString()));

        // The Directory's User type carries the licence too (contributed by Licensing, one query per page).
        var page = await gql.DataAsync("query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 50}}) { items { id license { status } } } } }", new { a = accountId });
        var statuses = page.GetProperty("directory").GetProperty("users").GetProperty("items").EnumerateArray()
            .ToDictionary(u => u.GetProperty("id").GetString()!, u => u.GetProperty("license").GetProperty("status").GetString());
        Assert.Equal("NONE", statuses[assigned[0].ToString()]);
        Assert.Equal("ASSIGNED", statuses[pending[0].ToString()]);
        Assert.Equal("PENDING", statuses[pending[1].ToString()]);

        Assert.Equal(1, await _factory.LicensingOutboxCountAsync("LicensePoolExhausted"));
        Assert.Equal(1, await _factory.LicensingOutboxCountAsync("LicenseReleased"));
        Assert.Equal(3, await _factory.LicensingOutboxCountAsync("LicenseAssigned"));
        // Events records seat changes in the provisioning history; the exhaustion is one FAILURE line naming the pending count.
        var licenceEvents = await Eventually.AssertAsync(
            async () => (await gql.FeedAsync(accountId, new { limit = 200, filter = new { operations = new[] { "LICENSE_ASSIGNED", "LICENSE_RELEASED", "LICENSE_POOL_EXHAUSTED" } } })).Items(),
            items => items.Count == 5, "licence events in the feed");
        var exhausted = Assert.Single(licenceEvents, e => e.GetProperty("operation").GetString() == "LICENSE_POOL_EXHAUSTED");
        Assert.Equal("FAILURE", exhausted.GetProperty("action").GetString());
        Assert.Contains("2 users pending", exhausted.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("@", licenceEvents.First(e => e.GetProperty("operation").GetString() == "LICENSE_RELEASED").GetProperty("displayName").GetString(), StringComparison.Ordinal);
        await Eventually.AssertAsync(() => _factory.LicensingDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null || m.LastError != null)),
            n => n == 0, "the Licensing outbox to drain without errors");
    }
}

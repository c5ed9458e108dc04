using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>The IdP deletes a group a GROUP rule names: the rule stays, orphaned and visible, and its members' seats go back.</summary>
public sealed class OrphanedGroupRuleTests : IAsyncLifetime
{
    private const string CreateRule = "mutation($a: ID!, $k: LicenseRuleKind!, $u: ID, $g: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: $k, userId: $u, groupId: $g}) { licenseRule { id kind } } } }";
    private const string Rules = """
        query($a: ID!, $f: LicenseRuleFilterInput) { licensing(accountId: $a) {
          pool { total allocated available pending }
          rules(input: {filter: $f}) { items { id kind groupId group { name } orphaned orphanedAt } paging { total } } } }
        """;

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_group_deleted_over_scim_leaves_its_rule_orphaned_releases_only_its_members_seats_and_records_an_event()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        var gql = _factory.GraphQL(key);
        var users = await CreateScimUsersAsync(scim, 4);
        var group = await CreateScimGroupAsync(scim, "Contractors", users.Take(3));
        await _factory.WaitForMembersAsync(group, 3);
        await gql.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 3}) { licensePool { total } } } }", new { a = accountId });
        // users[0] and users[3] hold seats through USER rules; of the group's other two members one gets the last seat.
        await gql.DataAsync(CreateRule, new { a = accountId, k = "USER", u = users[0] });
        await gql.DataAsync(CreateRule, new { a = accountId, k = "USER", u = users[3] });
        var ruleId = (await gql.DataAsync(CreateRule, new { a = accountId, k = "GROUP", g = group }))
            .GetProperty("licensing").GetProperty("createLicenseRule").GetProperty("licenseRule").GetProperty("id").GetString();
        Assert.Equal((3, 3, 0, 1), Pool(await gql.DataAsync(Rules, new { a = accountId })));

        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"/Groups/{group}")).Status);

        var orphaned = await Eventually.AssertAsync(() => gql.DataAsync(Rules, new { a = accountId, f = new { orphaned = true } }),
            d => d.GetProperty("licensing").GetProperty("rules").GetProperty("paging").GetProperty("total").GetInt32() == 1, "the GROUP rule to be orphaned");
        var rule = orphaned.GetProperty("licensing").GetProperty("rules").GetProperty("items")[0];
        Assert.Equal((ruleId, "GROUP", group, "Contractors", true), (rule.GetProperty("id").GetString(), rule.GetProperty("kind").GetString(),
            rule.GetProperty("groupId").GetString(), rule.GetProperty("group").GetProperty("name").GetString(), rule.GetProperty("orphaned").GetBoolean()));
        Assert.Equal(_factory.Time.GetUtcNow().UtcDateTime, rule.GetProperty("orphanedAt").GetDateTime().ToUniversalTime());
        // The group's member with a USER rule keeps their seat; the other member's seat is back in the pool, nobody waits.
        Assert.Equal((3, 2, 1, 0), Pool(orphaned));
        Assert.Equal(new[] { users[0], users[3] }.Order(StringComparer.Ordinal), UserIds(await gql.LicensingAsync(accountId, "ASSIGNED")).Order(StringComparer.Ordinal));
        Assert.Equal(2, (await gql.DataAsync(Rules, new { a = accountId, f = new { orphaned = false } })).GetProperty("licensing").GetProperty("rules").GetProperty("paging").GetProperty("total").GetInt32());

        var events = await Eventually.AssertAsync(
            async () => (await gql.FeedAsync(accountId, new { limit = 50, filter = new { operations = new[] { "LICENSE_RULE_ORPHANED" } } })).Items(),
            items => items.Count == 1, "the orphaned rule in the events feed");
        var line = events[0];
        Assert.Equal(("FAILURE", "LICENSE", ruleId, "Contractors"), (line.GetProperty("action").GetString(), line.GetProperty("resourceType").GetString(),
            line.GetProperty("resourceId").GetString(), line.GetProperty("displayName").GetString()));
        Assert.Contains("1 SDP licences released", line.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The deleted group cannot be licensed again; deleting the orphaned rule takes the kept copy of the group with it.
        await gql.ErrorAsync(CreateRule, ErrorCodes.Validation, new { a = accountId, k = "GROUP", g = group });
        await gql.DataAsync("mutation($a: ID!, $r: ID!) { licensing(accountId: $a) { deleteLicenseRule(input: {ruleId: $r}) { licenseRule { id orphaned } } } }", new { a = accountId, r = ruleId });
        Assert.Equal(0, await _factory.LicensingDbAsync(db => db.Groups.CountAsync(g => g.GroupId == Guid.Parse(group))));
        Assert.Equal((3, 2, 1, 0), Pool(await gql.DataAsync(Rules, new { a = accountId })));
    }

    private static (int Total, int Allocated, int Available, int Pending) Pool(JsonElement data)
    {
        var pool = data.GetProperty("licensing").GetProperty("pool");
        return (pool.GetProperty("total").GetInt32(), pool.GetProperty("allocated").GetInt32(), pool.GetProperty("available").GetInt32(), pool.GetProperty("pending").GetInt32());
    }
}

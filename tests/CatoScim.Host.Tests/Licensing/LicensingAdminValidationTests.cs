using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.GraphQL;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.Licensing;

public sealed class LicensingAdminValidationTests : IAsyncLifetime
{
    private const string CreateRule = "mutation($a: ID!, $k: LicenseRuleKind!, $u: ID, $g: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: $k, userId: $u, groupId: $g}) { licenseRule { id kind } } } }";
    private const string SetPool = "mutation($a: ID!, $t: Int!) { licensing(accountId: $a) { updateLicensePool(input: {total: $t}) { licensePool { total } } } }";

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Refuses_unknown_users_and_groups_duplicates_and_a_total_below_the_allocated_seats()
    {
        var (accountId, key) = await _factory.CreateAccountAsync("acme");
        var scim = await _factory.CreateScimClientAsync(accountId);
        var gql = _factory.GraphQL(key);
        var users = await CreateScimUsersAsync(scim, 2);
        var group = await CreateScimGroupAsync(scim, "Contractors", users);
        await _factory.WaitForMembersAsync(group, 2);

        var unknownUser = await gql.ErrorAsync(CreateRule, ErrorCodes.Validation, new { a = accountId, k = "USER", u = Guid.NewGuid() });
        Assert.Contains("Unknown user", unknownUser.ToString());
        var unknownGroup = await gql.ErrorAsync(CreateRule, ErrorCodes.Validation, new { a = accountId, k = "GROUP", g = Guid.NewGuid() });
        Assert.Contains("Unknown group", unknownGroup.ToString());

        await gql.DataAsync(SetPool, new { a = accountId, t = 5 });
        await gql.DataAsync(CreateRule, new { a = accountId, k = "ALL_SCIM_USERS" });
        var duplicate = await gql.ErrorAsync(CreateRule, ErrorCodes.Conflict, new { a = accountId, k = "ALL_SCIM_USERS" });
        Assert.Contains("Duplicate rule", duplicate.ToString());

        var below = await gql.ErrorAsync(SetPool, ErrorCodes.Validation, new { a = accountId, t = 1 });
        Assert.Contains("below the 2 seats allocated", below.ToString());
        var rules = await gql.DataAsync("query($a: ID!) { licensing(accountId: $a) { pool { total allocated } rules(input: {paging: {limit: 10}}) { items { kind } paging { total } } } }", new { a = accountId });
        Assert.Equal(5, rules.GetProperty("licensing").GetProperty("pool").GetProperty("total").GetInt32());
        Assert.Equal(2, rules.GetProperty("licensing").GetProperty("pool").GetProperty("allocated").GetInt32());
        Assert.Equal(1, rules.GetProperty("licensing").GetProperty("rules").GetProperty("paging").GetProperty("total").GetInt32());
    }
}

using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.GraphQL.AuditShape;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>A rule's `audit`: created by the key that made it (one by one or in bulk); `system` updates it when it is orphaned.</summary>
public sealed class LicenseRuleAuditTests : IAsyncLifetime
{
    private const string Rules = $"query($a: ID!) {{ licensing(accountId: $a) {{ rules {{ items {{ id kind {Fields} }} }} }} }}";

    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Rules_are_created_by_the_keys_that_made_them_and_a_rule_orphaned_by_a_group_deletion_is_updated_by_system()
    {
        var (accountId, first) = await _factory.CreateAccountAsync();
        var admin = _factory.GraphQL(first);
        var second = await CreateKeyAsync(admin, accountId, "second");
        var scim = await _factory.CreateScimClientAsync(accountId);
        var users = await CreateScimUsersAsync(scim, 2);
        var group = await CreateScimGroupAsync(scim, "Contractors", users.Take(1));
        await _factory.WaitForMembersAsync(group, 1);
        await _factory.WaitForUserCopiesAsync(users);

        var created = _factory.Now();
        await admin.DataAsync(
            "mutation($a: ID!, $g: ID!) { licensing(accountId: $a) { createLicenseRule(input: {kind: GROUP, groupId: $g}) { rule { id kind } } } }",
            new { a = accountId, g = group });
        await _factory.GraphQL(second).DataAsync(
            "mutation($a: ID!, $u: [ID!]!) { licensing(accountId: $a) { assignLicenses(input: {userIds: $u}) { __typename } } }",
            new { a = accountId, u = new[] { users[1] } });

        _factory.Time.Advance(TimeSpan.FromMinutes(5));
        var orphaned = _factory.Now();
        Assert.Equal(HttpStatusCode.NoContent, (await scim.DeleteAsync($"/Groups/{group}")).Status);

        var rules = await Eventually.AssertAsync(() => RulesAsync(admin, accountId),
            r => r.Count == 2 && Of(r["GROUP"]).UpdatedBy == "system", "the GROUP rule to be orphaned");
        Assert.Equal((created, KeyActor(first), orphaned, "system"), Of(rules["GROUP"]));
        Assert.Equal((created, KeyActor(second), created, KeyActor(second)), Of(rules["USER"]));
    }

    private static async Task<Dictionary<string, JsonElement>> RulesAsync(GraphQLTestClient client, Guid accountId) =>
        (await client.DataAsync(Rules, new { a = accountId })).GetProperty("licensing").GetProperty("rules").GetProperty("items")
            .EnumerateArray().ToDictionary(r => r.GetProperty("kind").GetString()!);
}

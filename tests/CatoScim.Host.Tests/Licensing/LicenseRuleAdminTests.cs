using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>
/// The licence screens' calls over HTTP: per-user bulk outcomes, the rule list's filters and names, the rules on a
/// user's licence, the assignment search; VIEWER keys and another account's ids.
/// </summary>
public sealed class LicenseRuleAdminTests : IAsyncLifetime
{
    private const string CreateRule = "mutation($a: ID!, $k: LicenseRuleKind!, $u: ID, $g: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: $k, userId: $u, groupId: $g}) { licenseRule { id kind } } } }";
    private const string SetPool = "mutation($a: ID!, $t: Int!) { licensing(accountId: $a) { updateLicensePool(input: {total: $t}) { licensePool { total } } } }";
    private const string Assign = "mutation($a: ID!, $ids: [ID!]!) { licensing(accountId: $a) { assignLicenses(input: {userIds: $ids}) { changes { userId outcome rule { id kind } license { status via rules { kind group { name } } } } } } }";
    private const string Unassign = "mutation($a: ID!, $ids: [ID!]!) { licensing(accountId: $a) { unassignLicenses(input: {userIds: $ids}) { changes { userId outcome rule { id kind } license { status via rules { kind group { name } } } } } } }";
    private const string Rules = "query($a: ID!, $f: LicenseRuleFilterInput) { licensing(accountId: $a) { rules(input: {filter: $f}) { items { id kind user { id userName } group { id name } orphaned } paging { total } } } }";
    private const string Assignments = "query($a: ID!, $f: LicenseAssignmentFilterInput) { licensing(accountId: $a) { assignments(input: {filter: $f}) { items { userName status } paging { total } } } }";

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private Guid _accountId;
    private GraphQLTestClient _gql = null!;
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync()
    {
        string key;
        (_accountId, key) = await _factory.CreateAccountAsync("acme");
        _gql = _factory.GraphQL(key);
        _scim = await _factory.CreateScimClientAsync(_accountId);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Bulk_calls_say_per_user_what_happened_and_treat_another_accounts_users_as_unknown()
    {
        var (ann, bob, cy, dee, eve) = await UsersAsync("ann@acme.com", "bob@acme.com", "cy@acme.com", "dee@acme.com", "eve@acme.com");
        var group = await GroupAsync("Contractors", ann, bob);
        await _gql.DataAsync(SetPool, new { a = _accountId, t = 10 });
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "GROUP", g = group });
        Assert.Equal(HttpStatusCode.OK, (await _scim.PatchAsync($"/Users/{eve}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""))).Status);
        await Eventually.AssertAsync(() => _factory.LicensingDbAsync(db => db.Users.SingleAsync(u => u.UserId == Guid.Parse(eve))), u => !u.Active, "eve's copy inactive");
        var (accountB, keyB) = await _factory.CreateAccountAsync("other");
        var userB = (await _factory.SeedUserCopiesAsync(accountB, 1))[0];
        await _factory.GraphQL(keyB).DataAsync(Assign, new { a = accountB, ids = new[] { userB } });

        var unknown = Guid.NewGuid().ToString();
        var assigned = Changes(await _gql.DataAsync(Assign, new { a = _accountId, ids = new[] { ann, cy, cy.ToUpperInvariant(), eve, unknown, "not-an-id", userB } }), "assignLicenses");
        Assert.Equal([$"{ann} ASSIGNED ASSIGNED", $"{cy} ASSIGNED ASSIGNED", $"{eve} INACTIVE NONE", $"{unknown} NOT_FOUND -", "not-an-id NOT_FOUND -", $"{userB} NOT_FOUND -"],
            assigned.Select(Line));
        Assert.Equal("USER", assigned[0].GetProperty("license").GetProperty("via").GetString());
        Assert.Equal(["USER", "USER", "USER"], assigned.Take(3).Select(c => c.GetProperty("rule").GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, assigned[5].GetProperty("rule").ValueKind);
        var audited = await _factory.LicensingOutboxCountAsync("AdminChangeAudited");
        var again = Changes(await _gql.DataAsync(Assign, new { a = _accountId, ids = new[] { cy } }), "assignLicenses");
        Assert.Equal([$"{cy} ALREADY_ASSIGNED ASSIGNED"], again.Select(Line));
        Assert.Equal(JsonValueKind.Null, again[0].GetProperty("rule").ValueKind);
        Assert.Equal(audited, await _factory.LicensingOutboxCountAsync("AdminChangeAudited"));

        var unassigned = Changes(await _gql.DataAsync(Unassign, new { a = _accountId, ids = new[] { ann, cy, dee, eve, userB } }), "unassignLicenses");
        Assert.Equal([$"{ann} STILL_COVERED ASSIGNED", $"{cy} UNASSIGNED NONE", $"{dee} NOT_ASSIGNED NONE", $"{eve} UNASSIGNED NONE", $"{userB} NOT_FOUND -"],
            unassigned.Select(Line));
        var stillCovering = Assert.Single(unassigned[0].GetProperty("license").GetProperty("rules").EnumerateArray());
        Assert.Equal(("GROUP", "Contractors"), (stillCovering.GetProperty("kind").GetString(), stillCovering.GetProperty("group").GetProperty("name").GetString()));
        Assert.Equal("GROUP", unassigned[0].GetProperty("license").GetProperty("via").GetString());
        Assert.Equal(assigned[0].GetProperty("rule").GetProperty("id").GetString(), unassigned[0].GetProperty("rule").GetProperty("id").GetString());

        // Account B's rule was neither touched nor revealed; A's key cannot reach B's namespace at all.
        Assert.Equal(1, await _factory.LicensingDbAsync(db => db.Rules.CountAsync(r => r.AccountId == accountB && r.Subject == Guid.Parse(userB))));
        await _gql.ErrorAsync(Unassign, ErrorCodes.Forbidden, new { a = accountB, ids = new[] { userB } });
        Assert.Equal(1, await _factory.LicensingDbAsync(db => db.Rules.CountAsync(r => r.AccountId == accountB)));
    }

    [Fact]
    public async Task Rules_filter_by_kinds_user_and_group_and_name_the_user_or_group_they_cover()
    {
        var (ann, bob) = await UsersAsync("ann@acme.com", "bob@acme.com");
        var group = await GroupAsync("Contractors", ann);
        await CreateRulesAsync(ann, bob, group);
        var (accountB, _) = await _factory.CreateAccountAsync("other");
        var userB = (await _factory.SeedUserCopiesAsync(accountB, 1))[0];

        var users = await RulesAsync(new { kinds = new[] { "USER" } });
        Assert.Equal(["USER ann@acme.com -", "USER bob@acme.com -"], users.Select(RuleLine).Order(StringComparer.Ordinal));
        Assert.Equal([bob], (await RulesAsync(new { userId = bob })).Select(r => r.GetProperty("user").GetProperty("id").GetString()));
        var byGroup = Assert.Single(await RulesAsync(new { groupId = group }));
        Assert.Equal(("GROUP - Contractors", group), (RuleLine(byGroup), byGroup.GetProperty("group").GetProperty("id").GetString()));
        Assert.Equal(["ALL_SCIM_USERS - -", "GROUP - Contractors"], (await RulesAsync(new { kinds = new[] { "GROUP", "ALL_SCIM_USERS" } })).Select(RuleLine).Order(StringComparer.Ordinal));
        Assert.Equal(4, (await RulesAsync(new { })).Count);
        Assert.Empty(await RulesAsync(new { userId = userB }));
        Assert.Empty(await RulesAsync(new { userId = "not-an-id" }));
        Assert.Empty(await RulesAsync(new { kinds = new[] { "GROUP" }, userId = ann }));
    }

    [Fact]
    public async Task A_users_license_lists_every_rule_that_covers_it_on_the_user_and_in_licensing()
    {
        var (ann, bob, cy) = await UsersAsync("ann@acme.com", "bob@acme.com", "cy@acme.com");
        var group = await GroupAsync("Contractors", ann);
        await CreateRulesAsync(ann, bob, group);
        await _gql.DataAsync(SetPool, new { a = _accountId, t = 10 });

        var user = await _gql.DataAsync("query($a: ID!, $u: ID!) { directory(accountId: $a) { user(id: $u) { license { status rules { kind user { userName } group { name } } } } } }",
            new { a = _accountId, u = ann });
        var license = user.GetProperty("directory").GetProperty("user").GetProperty("license");
        Assert.Equal("ASSIGNED", license.GetProperty("status").GetString());
        Assert.Equal(["USER ann@acme.com -", "GROUP - Contractors", "ALL_SCIM_USERS - -"], license.GetProperty("rules").EnumerateArray().Select(RuleLine));

        var page = await _gql.DataAsync("query($a: ID!) { directory(accountId: $a) { users { items { id license { rules { kind } } } } } }", new { a = _accountId });
        var kinds = page.GetProperty("directory").GetProperty("users").GetProperty("items").EnumerateArray().Select(u =>
            $"{u.GetProperty("id").GetString()} {string.Join(",", u.GetProperty("license").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("kind").GetString()))}");
        Assert.Equal(new[] { $"{ann} USER,GROUP,ALL_SCIM_USERS", $"{bob} USER,ALL_SCIM_USERS", $"{cy} ALL_SCIM_USERS" }.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));

        var (accountB, _) = await _factory.CreateAccountAsync("other");
        var userB = (await _factory.SeedUserCopiesAsync(accountB, 1))[0];
        var batch = await _gql.DataAsync("query($a: ID!, $us: [ID!]!) { licensing(accountId: $a) { licenses(userIds: $us) { userId status rules { kind } } } }",
            new { a = _accountId, us = new[] { bob, userB } });
        var licenses = batch.GetProperty("licensing").GetProperty("licenses").EnumerateArray().ToList();
        Assert.Equal(2, licenses[0].GetProperty("rules").GetArrayLength());
        Assert.Equal(("NONE", 0), (licenses[1].GetProperty("status").GetString(), licenses[1].GetProperty("rules").GetArrayLength()));
    }

    [Fact]
    public async Task Assignments_are_found_by_a_case_insensitive_user_name_substring()
    {
        await UsersAsync("Ann.Lee@acme.com", "bob@acme.com", "joanna@example.com");
        await _gql.DataAsync(SetPool, new { a = _accountId, t = 10 });
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "ALL_SCIM_USERS" });

        Assert.Equal(["Ann.Lee@acme.com", "joanna@example.com"], (await AssignmentsAsync(new { userName = "ANN" })).Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["bob@acme.com"], (await AssignmentsAsync(new { userName = " B@Acme " })).Select(a => a.Name));
        Assert.Equal(2, (await AssignmentsAsync(new { userName = "acme.com", status = "ASSIGNED" })).Count);
        Assert.Empty(await AssignmentsAsync(new { userName = "acme.com", status = "PENDING" }));
        Assert.Empty(await AssignmentsAsync(new { userName = "%" }));
        Assert.Equal(3, (await AssignmentsAsync(new { userName = "" })).Count);
    }

    [Fact]
    public async Task A_viewer_key_reads_rules_licences_and_assignments_but_cannot_assign_or_unassign()
    {
        var (ann, _) = await UsersAsync("ann@acme.com", "bob@acme.com");
        await _gql.DataAsync(Assign, new { a = _accountId, ids = new[] { ann } });
        var viewer = await _factory.ViewerAsync(_gql, _accountId);

        Assert.Single(await RulesAsync(new { userId = ann }, viewer));
        await viewer.DataAsync(Assignments, new { a = _accountId });
        await viewer.ErrorAsync(Assign, ErrorCodes.Forbidden, new { a = _accountId, ids = new[] { ann } });
        await viewer.ErrorAsync(Unassign, ErrorCodes.Forbidden, new { a = _accountId, ids = new[] { ann } });
        Assert.Equal(1, await _factory.LicensingDbAsync(db => db.Rules.CountAsync(r => r.AccountId == _accountId && r.Kind == LicenseRuleKind.User)));
    }

    private static List<JsonElement> Changes(JsonElement data, string field) =>
        [.. data.GetProperty("licensing").GetProperty(field).GetProperty("changes").EnumerateArray()];

    /// <summary>"userId OUTCOME LICENCE_STATUS", "-" for no licence.</summary>
    private static string Line(JsonElement change) =>
        $"{change.GetProperty("userId").GetString()} {change.GetProperty("outcome").GetString()} " +
        (change.GetProperty("license").ValueKind == JsonValueKind.Null ? "-" : change.GetProperty("license").GetProperty("status").GetString());

    /// <summary>"KIND userName groupName", "-" for a subject the rule does not name.</summary>
    private static string RuleLine(JsonElement rule) =>
        $"{rule.GetProperty("kind").GetString()} {Name(rule, "user", "userName")} {Name(rule, "group", "name")}";

    private static string Name(JsonElement rule, string field, string name) =>
        rule.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetProperty(name).GetString()! : "-";

    private async Task<List<JsonElement>> RulesAsync(object filter, GraphQLTestClient? client = null) =>
        [.. (await (client ?? _gql).DataAsync(Rules, new { a = _accountId, f = filter })).GetProperty("licensing").GetProperty("rules").GetProperty("items").EnumerateArray()];

    private async Task<List<(string Name, string Status)>> AssignmentsAsync(object filter)
    {
        var page = (await _gql.DataAsync(Assignments, new { a = _accountId, f = filter })).GetProperty("licensing").GetProperty("assignments");
        var items = page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("userName").GetString()!, i.GetProperty("status").GetString()!)).ToList();
        Assert.Equal(items.Count, page.GetProperty("paging").GetProperty("total").GetInt32());
        return items;
    }

    private async Task CreateRulesAsync(string ann, string bob, string group)
    {
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "USER", u = ann });
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "USER", u = bob });
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "GROUP", g = group });
        await _gql.DataAsync(CreateRule, new { a = _accountId, k = "ALL_SCIM_USERS" });
    }

    private async Task<string> GroupAsync(string name, params string[] members)
    {
        var group = await LicensingTestData.CreateScimGroupAsync(_scim, name, members);
        await _factory.WaitForMembersAsync(group, members.Length);
        return group;
    }

    private async Task<(string, string)> UsersAsync(string a, string b)
    {
        var ids = await CreateAsync(a, b);
        return (ids[0], ids[1]);
    }

    private async Task<(string, string, string)> UsersAsync(string a, string b, string c)
    {
        var ids = await CreateAsync(a, b, c);
        return (ids[0], ids[1], ids[2]);
    }

    private async Task<(string, string, string, string, string)> UsersAsync(string a, string b, string c, string d, string e)
    {
        var ids = await CreateAsync(a, b, c, d, e);
        return (ids[0], ids[1], ids[2], ids[3], ids[4]);
    }

    private async Task<List<string>> CreateAsync(params string[] userNames)
    {
        var ids = new List<string>();
        foreach (var userName in userNames)
        {
            var created = await _scim.PostAsync("/Users", ScimBodies.OktaUser(userName, externalId: $"00u{ids.Count}"));
            Assert.Equal(HttpStatusCode.Created, created.Status);
            ids.Add(created.Str("id")!);
        }

        await _factory.WaitForUserCopiesAsync(ids);
        return ids;
    }
}

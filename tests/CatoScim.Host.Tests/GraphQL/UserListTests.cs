using System.Text.Json;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class UserListTests() : AccountTestBase(new())
{
    private const string Query = """
        query($a: ID!, $input: UsersInput) { directory(accountId: $a) { users(input: $input) {
          items { userName givenName familyName email status origin directory { id name } }
          paging { total } } } }
        """;

    private string _okta = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _okta = await DirectoryAdminCalls.CreateDirectoryAsync(Client, AccountId, "Okta");
        var okta = Guid.Parse(_okta);
        await Factory.AddUserAsync(AccountId, "ada@acme.com", okta, givenName: "Ada", familyName: "Lovelace", email: "ada@acme.com");
        await Factory.AddUserAsync(AccountId, "alan@acme.com", okta, active: false, givenName: "Alan", familyName: "Turing", email: "a.turing@acme.com");
        await Factory.AddUserAsync(AccountId, "grace@acme.com", origin: UserOrigin.Manual, givenName: "Grace", familyName: "Hopper", email: "grace@navy.mil");
        await Factory.AddUserAsync(AccountId, "Edsger@ACME.com", origin: UserOrigin.Ldap, givenName: "Edsger", familyName: "Dijkstra");
        var (other, _) = await Factory.CreateAccountAsync("other");
        await Factory.AddUserAsync(other, "ada@other.com", givenName: "Ada", familyName: "Other", origin: UserOrigin.Manual);
    }

    [Fact]
    public async Task Lists_only_the_accounts_users_sorted_by_name_by_default()
    {
        var (names, total) = await ListAsync(null);
        Assert.Equal(4, total);
        Assert.Equal(["Edsger@ACME.com", "grace@acme.com", "ada@acme.com", "alan@acme.com"], names);
    }

    [Theory]
    [InlineData("ADA", new[] { "ada@acme.com" })]
    [InlineData("turing", new[] { "alan@acme.com" })]
    [InlineData("navy.MIL", new[] { "grace@acme.com" })]
    [InlineData("edsger@acme", new[] { "Edsger@ACME.com" })]
    [InlineData("acme.com", new[] { "Edsger@ACME.com", "grace@acme.com", "ada@acme.com", "alan@acme.com" })]
    [InlineData("nobody", new string[0])]
    public async Task Search_is_case_insensitive_over_names_and_emails(string search, string[] expected)
    {
        var (names, total) = await ListAsync(new { filter = new { search } });
        Assert.Equal(expected, names);
        Assert.Equal(expected.Length, total);
    }

    [Fact]
    public async Task Filters_by_status_origin_and_directory()
    {
        Assert.Equal(["alan@acme.com"], (await ListAsync(new { filter = new { status = "DISABLED" } })).Names);
        Assert.Equal(["grace@acme.com"], (await ListAsync(new { filter = new { origin = "MANUAL" } })).Names);
        Assert.Equal(["ada@acme.com", "alan@acme.com"], (await ListAsync(new { filter = new { directoryId = _okta } })).Names);
        Assert.Equal(["ada@acme.com"], (await ListAsync(new { filter = new { directoryId = _okta, status = "ACTIVE", search = "a" } })).Names);
        Assert.Empty((await ListAsync(new { filter = new { directoryId = Guid.NewGuid() } })).Names);
    }

    [Fact]
    public async Task Filters_by_several_statuses_external_id_and_time_ranges()
    {
        Assert.Equal(4, (await ListAsync(new { filter = new { statuses = new[] { "ACTIVE", "DISABLED" } } })).Total);
        Assert.Equal(4, (await ListAsync(new { filter = new { statuses = Array.Empty<string>() } })).Total);
        Assert.Equal(["alan@acme.com"], (await ListAsync(new { filter = new { statuses = new[] { "DISABLED" } } })).Names);
        Assert.Empty((await ListAsync(new { filter = new { statuses = new[] { "ACTIVE" }, status = "DISABLED" } })).Names);
        Assert.Equal(["ada@acme.com"], (await ListAsync(new { filter = new { externalId = "ext-ada@acme.com" } })).Names);
        Assert.Empty((await ListAsync(new { filter = new { externalId = "EXT-ADA@ACME.COM" } })).Names);

        // Seeded a second apart, in the order ada, alan, grace, Edsger.
        var at = await Factory.WithDbAsync(db => db.Users.Where(u => u.AccountId == AccountId)
            .ToDictionaryAsync(u => u.UserName, u => DateTime.SpecifyKind(u.CreatedAt, DateTimeKind.Utc).ToString("O")));
        Assert.Equal(["ada@acme.com", "alan@acme.com"],
            (await ListAsync(new { filter = new { createdFrom = at["ada@acme.com"], createdBefore = at["grace@acme.com"] } })).Names);
        Assert.Equal(["Edsger@ACME.com"], (await ListAsync(new { filter = new { updatedFrom = at["Edsger@ACME.com"] } })).Names);
        Assert.Equal(["ada@acme.com"], (await ListAsync(new { filter = new { updatedBefore = at["alan@acme.com"] } })).Names);
    }

    [Fact]
    public async Task Filters_by_group_membership()
    {
        var ids = await Factory.WithDbAsync(db => db.Users.Where(u => u.AccountId == AccountId).ToDictionaryAsync(u => u.UserName, u => u.Id));
        var group = (await Client.DataAsync("mutation($a: ID!) { directory(accountId: $a) { createGroup(input: {name: \"Ops\"}) { group { id } } } }", new { a = AccountId }))
            .GetProperty("directory").GetProperty("createGroup").GetProperty("group").GetProperty("id").GetString();
        await Client.DataAsync("mutation($a: ID!, $g: ID!, $u: [ID!]!) { directory(accountId: $a) { addGroupMembers(input: {groupId: $g, userIds: $u}) { group { id } } } }",
            new { a = AccountId, g = group, u = new[] { ids["grace@acme.com"], ids["alan@acme.com"] } });

        Assert.Equal(["grace@acme.com", "alan@acme.com"], (await ListAsync(new { filter = new { groupId = group } })).Names);
        Assert.Equal(["grace@acme.com"], (await ListAsync(new { filter = new { groupId = group, statuses = new[] { "ACTIVE" } } })).Names);
        Assert.Empty((await ListAsync(new { filter = new { groupId = Guid.NewGuid() } })).Names);
        Assert.Empty((await ListAsync(new { filter = new { groupId = "not-a-guid" } })).Names);
    }

    [Fact]
    public async Task Sorts_and_pages_with_the_total_of_all_pages()
    {
        Assert.Equal(["alan@acme.com", "ada@acme.com", "grace@acme.com", "Edsger@ACME.com"],
            (await ListAsync(new { sort = new { field = "NAME", direction = "DESC" } })).Names);
        Assert.Equal(["ada@acme.com", "alan@acme.com", "grace@acme.com", "Edsger@ACME.com"],
            (await ListAsync(new { sort = new { field = "CREATED" } })).Names);
        Assert.Equal(["Edsger@ACME.com", "alan@acme.com", "ada@acme.com", "grace@acme.com"],
            (await ListAsync(new { sort = new { field = "EMAIL" } })).Names);

        var page = await ListAsync(new { sort = new { field = "CREATED", direction = "DESC" }, paging = new { from = 1, limit = 2 } });
        Assert.Equal(["grace@acme.com", "alan@acme.com"], page.Names);
        Assert.Equal(4, page.Total);
        Assert.Empty((await ListAsync(new { paging = new { from = 10, limit = 2 } })).Names);
        await Client.ErrorAsync(Query, "VALIDATION", new { a = AccountId, input = new { paging = new { limit = 0 } } });
    }

    [Fact]
    public async Task Shows_the_directory_and_the_status()
    {
        var data = await Client.DataAsync(Query, new { a = AccountId, input = new { filter = new { search = "a" }, sort = new { field = "CREATED" } } });
        var items = data.GetProperty("directory").GetProperty("users").GetProperty("items");
        Assert.Equal(_okta, items[0].GetProperty("directory").GetProperty("id").GetString());
        Assert.Equal("Okta", items[0].GetProperty("directory").GetProperty("name").GetString());
        Assert.Equal("SCIM", items[0].GetProperty("origin").GetString());
        Assert.Equal("DISABLED", items[1].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("directory").ValueKind);
        Assert.Equal("MANUAL", items[2].GetProperty("origin").GetString());
    }

    private async Task<(List<string> Names, int Total)> ListAsync(object? input)
    {
        var data = await Client.DataAsync(Query, new { a = AccountId, input });
        var users = data.GetProperty("directory").GetProperty("users");
        return (users.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList(),
            users.GetProperty("paging").GetProperty("total").GetInt32());
    }
}

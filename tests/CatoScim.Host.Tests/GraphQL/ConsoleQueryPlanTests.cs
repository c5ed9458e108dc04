using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The console's list queries stay index reads at any account size: SQLite's own plan for the exact SQL each request
/// ran (no statistics, as in production) is checked, so a change that would sort or scan every user fails here.
/// Pages of one row make every request count, so the count's plan is checked too.
/// </summary>
public sealed class ConsoleQueryPlanTests(SeededPlanAccount account) : IClassFixture<SeededPlanAccount>
{
    private readonly SqlPlanRecorder _sql = account.Sql;
    private readonly GraphQLTestClient _client = account.Client;
    private readonly string _accountId = account.AccountId;

    [Theory]
    [InlineData("ASC", 0)]
    [InlineData("DESC", 0)]
    [InlineData("ASC", 1200)]
    public async Task A_users_page_in_name_order_is_a_range_of_the_list_index_without_a_sort(string direction, int from)
    {
        var plan = await PlanOfAsync("{ filter: {}, paging: { from: " + from + ", limit: 1 }, sort: { field: NAME, direction: " + direction + " } }",
            sql => sql.Contains("ORDER BY", StringComparison.Ordinal));

        Assert.Contains("IX_Directory_Users_AdminList", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ statuses: [DISABLED] }")]
    [InlineData("{ origin: SCIM, search: \"@\" }")]
    public async Task Counting_a_filtered_or_searched_list_reads_only_the_list_index(string filter)
    {
        var plan = await PlanOfAsync("{ filter: " + filter + ", paging: { limit: 1 } }", sql => sql.Contains("COUNT(*)", StringComparison.Ordinal));

        Assert.Contains("COVERING INDEX IX_Directory_Users_AdminList", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COUNT(*)")]
    [InlineData("ORDER BY")]
    public async Task A_search_with_few_matches_reads_its_candidates_from_the_trigram_index_by_key(string part)
    {
        var plan = await PlanOfAsync("{ filter: { search: \"ada\" }, paging: { limit: 1 } }", sql => sql.Contains(part, StringComparison.Ordinal));

        Assert.Contains("SCAN Directory_UserSearch VIRTUAL TABLE INDEX", plan, StringComparison.Ordinal);
        Assert.Contains("sqlite_autoindex_Directory_Users_1 (Id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("(AccountId=?)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_matching_most_users_makes_one_pass_over_the_list_index_instead()
    {
        var plan = await PlanOfAsync("{ filter: { search: \"example\" }, paging: { limit: 1 } }", sql => sql.Contains("COUNT(*)", StringComparison.Ordinal));

        Assert.Contains("COVERING INDEX IX_Directory_Users_AdminList (AccountId=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Directory_UserSearch", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_user_counts_read_the_directory_index_only()
    {
        _sql.Clear();
        await _client.DataAsync("query($a: ID!) { directory(accountId: $a) { directories { userCount } } }", new { a = _accountId });

        var plan = await _sql.Queries.Single(q => q.Sql.Contains("FROM \"Directory_Users\"", StringComparison.Ordinal) && q.Sql.Contains("GROUP BY", StringComparison.Ordinal)).PlanAsync();

        Assert.Contains("COVERING INDEX IX_Directory_Users_DirectoryId_Id", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_groups_member_page_walks_users_in_user_name_order_without_a_sort()
    {
        var largest = await _client.DataAsync("""
            query($a: ID!) { directory(accountId: $a) { groups(input: { paging: { limit: 1 }, sort: { field: MEMBER_COUNT, direction: DESC } }) { items { id memberCount } } } }
            """, new { a = _accountId });
        var group = largest.GetProperty("directory").GetProperty("groups").GetProperty("items")[0];
        Assert.True(group.GetProperty("memberCount").GetInt32() >= 1000, $"the largest group has {group.GetProperty("memberCount")} members");
        _sql.Clear();

        await _client.DataAsync("query($a: ID!, $g: ID!) { directory(accountId: $a) { group(id: $g) { members(input: { paging: { limit: 5 } }) { items { id } } } } }",
            new { a = _accountId, g = group.GetProperty("id").GetString() });
        var plan = await _sql.Queries.Single(q => q.Sql.Contains("Directory_GroupMembers", StringComparison.Ordinal)
            && q.Sql.Contains("ORDER BY", StringComparison.Ordinal)).PlanAsync();

        Assert.Contains("IX_Directory_Users_AccountId_UserNameNormalized", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licence_rule_users_are_read_by_their_key_not_by_walking_the_accounts_users()
    {
        _sql.Clear();
        await _client.DataAsync("query($a: ID!) { licensing(accountId: $a) { rules(input: { paging: { limit: 1000 } }) { items { user { userName } } } } }",
            new { a = _accountId });

        var plan = await _sql.Queries.Single(q => q.Sql.Contains("FROM \"Licensing_Users\"", StringComparison.Ordinal)).PlanAsync();

        Assert.Contains("sqlite_autoindex_Licensing_Users_1 (UserId=?)", plan, StringComparison.Ordinal);
    }

    private async Task<string> PlanOfAsync(string input, Func<string, bool> which)
    {
        _sql.Clear();
        await _client.DataAsync("query($a: ID!) { directory(accountId: $a) { users(input: " + input + ") { items { id } paging { total } } } }", new { a = _accountId });
        return await _sql.Queries.Single(q => q.Sql.Contains("FROM \"Directory_Users\"", StringComparison.Ordinal) && which(q.Sql)).PlanAsync();
    }
}

using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>What a valid key can make one GraphQL request cost: refused before it runs, cancelled, or not sent.</summary>
public sealed class ExecutionLimitsTests
{
    [Fact]
    public async Task Nested_users_groups_members_at_limit_1000_is_refused_before_running()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();
        const string page = "(input: {paging: {limit: 1000}})";
        var query = $$"""
            query($a: ID!) { directory(accountId: $a) { users{{page}} { items { id groups { id members{{page}} { items { id groups { id members{{page}} { items { id } } } } } } } } } }
            """;
        var (status, body) = await factory.GraphQL(key).PostAsync(query, new { a = accountId });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task One_page_of_1000_users_is_priced_by_its_limit_and_still_runs()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();
        var data = await factory.GraphQL(key).DataAsync(
            "query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 1000}}) { items { id displayName } paging { total } } } }",
            new { a = accountId });
        Assert.Equal(0, data.GetProperty("directory").GetProperty("users").GetProperty("paging").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Query_over_the_timeout_is_cancelled_and_answered_TIMEOUT()
    {
        // The users read never finishes on its own: only the timeout's cancellation ends it.
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:Timeout"] = "00:00:00.200" },
            services: s => s.ConfigureDbContext<DirectorySqliteDbContext>(o => o.AddInterceptors(new StallUserReads())));
        var (accountId, key) = await factory.CreateAccountAsync();
        var body = await factory.GraphQL(key).ErrorAsync(
            "query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 1000}}) { items { id displayName } paging { total } } } }",
            "TIMEOUT", new { a = accountId });
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
            && data.TryGetProperty("directory", out var directory) && directory.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Response_over_the_size_cap_is_refused_and_a_small_one_is_sent()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:MaxResponseBytes"] = "300" });
        var (_, key) = await factory.CreateAccountAsync();
        var client = factory.GraphQL(key);
        var (status, _) = await client.PostAsync("{ __schema { types { name description } } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        await client.ErrorAsync("{ __schema { types { name description } } }", "RESPONSE_TOO_LARGE");
        var data = await client.DataAsync("{ viewer { role } }");
        Assert.False(string.IsNullOrEmpty(data.GetProperty("viewer").GetProperty("role").GetString()));
    }
}

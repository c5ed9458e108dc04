using System.Net;
using System.Text;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

public sealed class RequestShapeAndLimitsTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private Guid _accountId;
    private string _key = "";

    public async Task InitializeAsync() => (_accountId, _key) = await _factory.CreateAccountAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("[1,2]")]
    public async Task Malformed_body_is_400_with_a_graphql_error(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-api-key", _key);
        using var response = await _factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"BAD_REQUEST\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_error_is_400_with_errors()
    {
        var (status, body) = await _factory.GraphQL(_key).PostAsync("{ viewer { ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Too_deep_query_is_rejected_before_running()
    {
        // Complexity is out of the way, so that the depth is what refuses it.
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:MaxComplexity"] = "100000000" });
        var (accountId, key) = await factory.CreateAccountAsync();
        // 13 levels: directory, users, items, then groups, members, items three times, then groups.
        const string deep = """
            query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 1}}) { items {
              groups { members(input: {paging: {limit: 1}}) { items { groups { members(input: {paging: {limit: 1}}) { items {
              groups { members(input: {paging: {limit: 1}}) { items { groups { id } } } }
            } } } } } } } } } }
            """;
        var (status, body) = await factory.GraphQL(key).PostAsync(deep, new { a = accountId });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Too_complex_query_is_rejected_before_running()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"a{i}: directory(accountId: $a) {{ users(input: {{paging: {{limit: 1000}}}}) {{ items {{ id }} }} }}"));
        var (status, body) = await _factory.GraphQL(_key).PostAsync($"query($a: ID!) {{ {fields} }}", new { a = _accountId });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        var client = _factory.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}

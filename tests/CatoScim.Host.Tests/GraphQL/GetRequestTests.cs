using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>`GET /graphql?query=...` (GraphQL over HTTP) runs queries and never mutations.</summary>
public sealed class GetRequestTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private Guid _accountId;
    private string _key = "";

    public async Task InitializeAsync() => (_accountId, _key) = await _factory.CreateAccountAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_query_with_variables_and_an_operation_name_runs_over_get()
    {
        var (status, body) = await GetAsync(
            ("query", "query Other { viewer { role } } query Mine($a: ID!) { account(accountId: $a) { id } viewer { role } }"),
            ("variables", JsonSerializer.Serialize(new { a = _accountId })),
            ("operationName", "Mine"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(_accountId.ToString(), body.GetProperty("data").GetProperty("account").GetProperty("id").GetString());
        Assert.Equal("EDITOR", body.GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_405_and_does_not_run()
    {
        var rename = $$"""mutation { account(accountId: "{{_accountId}}") { updateAccount(input: {name: "renamed by GET"}) { account { name } } } }""";
        using var response = await SendGetAsync(("query", rename));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("METHOD_NOT_ALLOWED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var name = await _factory.GraphQL(_key).DataAsync("query($a: ID!) { account(accountId: $a) { name } }", new { a = _accountId });
        Assert.Equal("acme", name.GetProperty("account").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_mutation_of_a_document_with_a_query_too_is_refused_when_it_is_the_operation_named()
    {
        var document = $$"""query Read { viewer { role } } mutation Write { account(accountId: "{{_accountId}}") { updateAccount(input: {name: "x"}) { account { name } } } }""";

        var (readStatus, _) = await GetAsync(("query", document), ("operationName", "Read"));
        var (writeStatus, _) = await GetAsync(("query", document), ("operationName", "Write"));

        Assert.Equal(HttpStatusCode.OK, readStatus);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, writeStatus);
    }

    [Fact]
    public async Task A_get_without_a_key_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bviewer%7Brole%7D%7D");
        using var response = await _factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Variables_that_are_not_json_are_400()
    {
        var (status, body) = await GetAsync(("query", "query($a: ID!) { account(accountId: $a) { id } }"), ("variables", "{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(params (string Name, string Value)[] parameters)
    {
        using var response = await SendGetAsync(parameters);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<HttpResponseMessage> SendGetAsync(params (string Name, string Value)[] parameters)
    {
        var query = string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?{query}");
        request.Headers.Add("x-api-key", _key);
        return await _factory.CreateClient().SendAsync(request);
    }
}

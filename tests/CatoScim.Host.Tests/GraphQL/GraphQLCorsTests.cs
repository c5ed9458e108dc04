using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>CORS on /graphql: only the configured origins get CORS headers, for the key and JSON headers, without credentials.</summary>
public sealed class GraphQLCorsTests : IAsyncLifetime
{
    private const string Allowed = "https://admin.example.com";
    private const string Refused = "https://evil.example.net";

    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["GraphQL:Cors:Origins:0"] = Allowed,
        ["GraphQL:Cors:Origins:1"] = "http://localhost:5173/",
    });

    private string _key = "";

    public async Task InitializeAsync() => (_, _key) = await _factory.CreateAccountAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Preflight_from_a_listed_origin_allows_the_key_and_json_headers_without_credentials(string method)
    {
        using var response = await PreflightAsync(_factory, Allowed, method);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
        var headers = Header(response, "Access-Control-Allow-Headers")!.Split(',').Select(h => h.Trim()).ToList();
        Assert.Contains("x-api-key", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("content-type", headers, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods")!, StringComparison.Ordinal);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_configured_origin_with_a_trailing_slash_is_matched_as_the_browser_sends_it()
    {
        using var response = await PreflightAsync(_factory, "http://localhost:5173", "POST");
        Assert.Equal("http://localhost:5173", Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_from_an_unlisted_origin_gets_no_cors_headers()
    {
        using var response = await PreflightAsync(_factory, Refused, "POST");

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Headers"));
        Assert.Null(Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_query_from_a_listed_origin_is_answered_with_cors_headers()
    {
        using var response = await PostAsync(_factory, Allowed, _key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("EDITOR", body.GetProperty("data").GetProperty("viewer").GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_refusal_for_a_listed_origin_is_readable_by_the_page()
    {
        using var response = await PostAsync(_factory, Allowed, apiKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_query_from_an_unlisted_origin_gets_no_cors_headers()
    {
        using var response = await PostAsync(_factory, Refused, _key);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_gets_cors_headers()
    {
        await using var factory = new CatoScimFactory();
        var (_, key) = await factory.CreateAccountAsync();

        using var preflight = await PreflightAsync(factory, Allowed, "POST");
        using var query = await PostAsync(factory, Allowed, key);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(query, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task With_one_configured_origin_every_answer_to_an_origin_varies_by_origin()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:Cors:Origins:0"] = Allowed });
        var (_, key) = await factory.CreateAccountAsync();

        using var preflight = await PreflightAsync(factory, Allowed, "POST");
        using var allowed = await PostAsync(factory, Allowed, key);
        using var refused = await PostAsync(factory, Refused, key);
        using var refusedPreflight = await PreflightAsync(factory, Refused, "POST");

        Assert.Equal(Allowed, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Null(Header(refused, "Access-Control-Allow-Origin"));
        Assert.All(new[] { preflight, allowed, refused, refusedPreflight }, r => Assert.Equal(["Origin"], VaryValues(r)));
    }

    [Fact]
    public async Task With_several_configured_origins_vary_names_origin_once()
    {
        using var preflight = await PreflightAsync(_factory, Allowed, "POST");
        using var allowed = await PostAsync(_factory, Allowed, _key);
        using var refused = await PostAsync(_factory, Refused, _key);

        Assert.All(new[] { preflight, allowed, refused }, r => Assert.Equal(["Origin"], VaryValues(r)));
    }

    [Fact]
    public async Task Without_configured_origins_nothing_varies_by_origin()
    {
        await using var factory = new CatoScimFactory();
        var (_, key) = await factory.CreateAccountAsync();

        using var query = await PostAsync(factory, Allowed, key);

        Assert.DoesNotContain("Origin", VaryValues(query), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("admin.example.com")]
    [InlineData("https://admin.example.com/console")]
    [InlineData("*")]
    public async Task A_configured_value_that_is_not_an_origin_stops_the_host_from_starting(string value)
    {
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:Cors:Origins:0"] = value });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.CreateAccountAsync());
        Assert.Contains("GraphQL:Cors:Origins", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PreflightAsync(CatoScimFactory factory, string origin, string method)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostAsync(CatoScimFactory factory, string origin, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { role } }" }) };
        request.Headers.Add("Origin", origin);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        return await factory.CreateClient().SendAsync(request);
    }

    private static List<string> VaryValues(HttpResponseMessage response) =>
        [.. response.Headers.Vary.SelectMany(v => v.Split(',')).Select(v => v.Trim())];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

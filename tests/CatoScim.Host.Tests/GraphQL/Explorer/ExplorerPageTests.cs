using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL.Explorer;

/// <summary>The explorer page and its files over HTTP: served without a key, from the Host only, under a strict policy.</summary>
public sealed class ExplorerPageTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_browser_get_of_graphql_gets_the_explorer_without_a_key_under_a_self_only_policy()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("worker-src 'self' blob:;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);

        var page = await response.Content.ReadAsStringAsync();
        var references = Regex.Matches(page, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/graphql/explorer/explorer.js", references);
        Assert.All(references, r => Assert.StartsWith("/graphql/explorer/", r, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("explorer.js", "text/javascript")]
    [InlineData("explorer.css", "text/css")]
    [InlineData("codicon.ttf", "font/ttf")]
    [InlineData("editor.worker.js", "text/javascript")]
    [InlineData("json.worker.js", "text/javascript")]
    [InlineData("graphql.worker.js", "text/javascript")]
    [InlineData("LICENSES.md", "text/plain")]
    public async Task Each_file_is_served_plain_and_gzipped_alike_and_revalidated_by_its_etag(string file, string mediaType)
    {
        var client = _factory.CreateClient();
        using var plain = await client.GetAsync(new Uri($"/graphql/explorer/{file}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(mediaType, plain.Content.Headers.ContentType?.MediaType);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(bytes);

        using var zipped = new HttpRequestMessage(HttpMethod.Get, $"/graphql/explorer/{file}");
        zipped.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzipResponse = await client.SendAsync(zipped);
        Assert.Equal("gzip", gzipResponse.Content.Headers.ContentEncoding.Single());
        await using var inflated = new GZipStream(await gzipResponse.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await inflated.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/graphql/explorer/{file}");
        again.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task An_unknown_file_is_404()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/graphql/explorer/nothing.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_get_that_asks_for_json_without_a_query_is_not_the_page()
    {
        var (_, key) = await _factory.CreateAccountAsync();
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        anonymous.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var refused = await _factory.CreateClient().SendAsync(anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        keyed.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        keyed.Headers.Add("x-api-key", key);
        using var bad = await _factory.CreateClient().SendAsync(keyed);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"BAD_REQUEST\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using CatoScim.Directory.Scim.Traffic;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>RFC 9110 §9.3.2: HEAD on a SCIM read is its GET without the body, behind the same gate.</summary>
public sealed class ScimHeadTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private HttpClient _http = null!;
    private ScimTestClient _scim = null!;
    private string _user = "";
    private string _group = "";

    public async Task InitializeAsync()
    {
        _http = _factory.CreateClient();
        _scim = await _factory.CreateScimClientAsync();
        _user = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!;
        _group = (await _scim.PostAsync("/Groups", Group("Eng", [Guid.Parse(_user)]))).Str("id")!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Head_on_every_read_answers_the_status_and_headers_of_its_get_and_no_body()
    {
        foreach (var path in new[]
        {
            $"/Users/{_user}", "/Users", $"/Users?filter={Filter("userName eq \"ann@acme.com\"")}&attributes=emails.value",
            $"/Groups/{_group}", "/Groups?excludedAttributes=members", "/ServiceProviderConfig", "/Schemas",
            "/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "/ResourceTypes", "/ResourceTypes/Group",
        })
        {
            var get = await SendAsync(HttpMethod.Get, path);
            var head = await SendAsync(HttpMethod.Head, path);

            Assert.Equal((HttpStatusCode.OK, path), (head.Status, path));
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal("application/scim+json; charset=utf-8", head.Content.ContentType?.ToString());
            Assert.Equal(get.Body.Length, head.Content.ContentLength);
            Assert.Empty(head.Body);
        }
    }

    [Fact]
    public async Task Head_is_refused_missing_or_not_modified_exactly_like_get_and_still_without_a_body()
    {
        var cases = new (string Path, string? Bearer, string? IfNoneMatch, HttpStatusCode Status)[]
        {
            ($"/Users/{_user}", "cst_not-a-token", null, HttpStatusCode.Unauthorized),
            ($"/Users/{Guid.NewGuid()}", null, null, HttpStatusCode.NotFound),
            ($"/Users?filter={Filter("userName eq")}", null, null, HttpStatusCode.BadRequest),
            ("/Schemas?filter=x", null, null, HttpStatusCode.Forbidden),
            ("/Widgets", null, null, HttpStatusCode.NotFound),
            ($"/Groups/{_group}", null, (await SendAsync(HttpMethod.Get, $"/Groups/{_group}")).Headers.ETag!.ToString(), HttpStatusCode.NotModified),
        };
        foreach (var (path, bearer, ifNoneMatch, status) in cases)
        {
            var get = await SendAsync(HttpMethod.Get, path, bearer, ifNoneMatch);
            var head = await SendAsync(HttpMethod.Head, path, bearer, ifNoneMatch);

            Assert.Equal((status, path), (get.Status, path));
            Assert.Equal((status, path), (head.Status, path));
            Assert.Equal(get.Headers.WwwAuthenticate.ToString(), head.Headers.WwwAuthenticate.ToString());
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Content.ContentType?.MediaType, head.Content.ContentType?.MediaType);
            Assert.Empty(head.Body);
        }
    }

    [Fact]
    public async Task Head_takes_its_turn_in_the_directory_rate_limit()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Scim:RateLimitPerSecond"] = "1", ["Scim:RateLimitBurst"] = "1" });
        var scim = await factory.CreateScimClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await scim.SendAsync(HttpMethod.Head, "/ServiceProviderConfig", null)).Status);
        var limited = await scim.SendAsync(HttpMethod.Head, "/ServiceProviderConfig", null);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.True(int.TryParse(limited.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1);
        Assert.Null(limited.Body);
    }

    [Fact]
    public async Task Head_counts_as_one_request_in_the_directory_traffic()
    {
        var traffic = _factory.Services.GetRequiredService<ScimTrafficCounter>();
        traffic.Take();

        await SendAsync(HttpMethod.Head, $"/Users/{_user}");
        await SendAsync(HttpMethod.Head, $"/Users/{Guid.NewGuid()}");
        await SendAsync(HttpMethod.Get, "/Groups");

        var delta = Assert.Single(traffic.Take(), d => d.DirectoryId == _scim.DirectoryId);
        Assert.Equal(3, delta.Requests);
    }

    [Fact]
    public async Task Over_kestrel_a_head_answer_ends_with_its_headers()
    {
        var port = FreePorts.Next();
        await using var factory = new CatoScimFactory();
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var scim = await factory.CreateScimClientAsync();

        var (getHeaders, getBody) = await RawAsync(port, "GET", $"{scim.BasePath}/ServiceProviderConfig", scim.Token);
        var (headHeaders, headBody) = await RawAsync(port, "HEAD", $"{scim.BasePath}/ServiceProviderConfig", scim.Token);

        Assert.StartsWith("HTTP/1.1 200", headHeaders, StringComparison.Ordinal);
        Assert.Contains($"Content-Length: {Encoding.UTF8.GetByteCount(getBody)}", headHeaders, StringComparison.Ordinal);
        Assert.Contains($"Content-Length: {Encoding.UTF8.GetByteCount(getBody)}", getHeaders, StringComparison.Ordinal);
        Assert.NotEmpty(getBody);
        Assert.Empty(headBody);
    }

    /// <summary>One request on its own connection, read to the server's close: whatever follows the headers is the body sent.</summary>
    private static async Task<(string Headers, string Body)> RawAsync(int port, string method, string path, string token)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"), timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (text[..end], text[(end + 4)..]);
    }

    private async Task<RawResponse> SendAsync(HttpMethod method, string path, string? bearer = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(method, _scim.BasePath + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? _scim.Token);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await _http.SendAsync(request);
        return new RawResponse(response.StatusCode, response.Headers, response.Content.Headers, await response.Content.ReadAsByteArrayAsync());
    }

    private sealed record RawResponse(HttpStatusCode Status, HttpResponseHeaders Headers, HttpContentHeaders Content, byte[] Body);
}

using System.Net.Http.Json;
using System.Text.Json;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Security;

/// <summary>Behind a reverse proxy the Base URL follows X-Forwarded-Proto/Host, but only from a trusted proxy.</summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("::1", null)]
    [InlineData("10.1.2.3", "10.0.0.0/8")]
    [InlineData("192.0.2.10", null, "192.0.2.10")]
    public async Task Base_url_follows_the_forwarded_scheme_and_host_from_a_trusted_proxy(string proxy, string? knownNetwork, string? knownProxy = null)
    {
        var settings = new Dictionary<string, string?>();
        if (knownNetwork is not null)
        {
            settings["ForwardedHeaders:KnownNetworks:0"] = knownNetwork;
        }

        if (knownProxy is not null)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }

        await using var factory = new CatoScimFactory(settings: settings);
        var baseUrl = await BaseUrlAsync(factory, proxy);
        Assert.StartsWith("https://scim.example.com/scim/v2/", baseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        await using var factory = new CatoScimFactory();
        var baseUrl = await BaseUrlAsync(factory, "203.0.113.7");
        Assert.StartsWith("http://localhost/scim/v2/", baseUrl, StringComparison.Ordinal);
    }

    private static async Task<string> BaseUrlAsync(CatoScimFactory factory, string remoteIp)
    {
        var (accountId, key) = await factory.CreateAccountAsync();
        await DirectoryAdminCalls.CreateDirectoryAsync(factory.GraphQL(key), accountId, "Okta");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query($a: ID!) { directory(accountId: $a) { directories { baseUrl } } }", variables = new { a = accountId } }),
        };
        request.Headers.Add("x-api-key", key);
        request.Headers.Add(TestRemoteIpStartupFilter.Header, remoteIp);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "scim.example.com");
        request.Headers.Add("X-Forwarded-For", "198.51.100.44");
        using var response = await factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("data").GetProperty("directory").GetProperty("directories")[0].GetProperty("baseUrl").GetString()!;
    }
}

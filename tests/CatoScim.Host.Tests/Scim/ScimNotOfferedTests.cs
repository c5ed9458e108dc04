using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Scim;

/// <summary>What this service does not offer is said in SCIM's own terms (RFC 7644 §3.7, §3.11, §4), not as a 404.</summary>
public sealed class ScimNotOfferedTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("GET", "/Me")]
    [InlineData("PATCH", "/Me")]
    [InlineData("GET", "/Me/groups")]
    [InlineData("POST", "/Bulk")]
    public async Task Me_and_bulk_are_501_scim_errors(string method, string path)
    {
        var response = await _scim.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{}");

        Assert.Equal(HttpStatusCode.NotImplemented, response.Status);
        Assert.Equal("application/scim+json", response.MediaType);
        Assert.Contains("not implemented", response.Str("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ServiceProviderConfig")]
    [InlineData("/Schemas")]
    [InlineData("/ResourceTypes")]
    public async Task A_discovery_endpoint_refuses_a_filter_with_403(string path)
    {
        var filtered = await _scim.GetAsync($"{path}?filter={Uri.EscapeDataString("name eq \"User\"")}");
        var whole = await _scim.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, filtered.Status);
        Assert.Contains("no filter", filtered.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, whole.Status);
    }

    [Fact]
    public async Task Paging_numbers_past_int32_are_capped_not_refused()
    {
        await _scim.PostAsync("/Users", ScimBodies.OktaUser("ann@acme.com"));

        var all = await _scim.GetAsync("/Users?count=999999999999");
        var past = await _scim.GetAsync("/Users?startIndex=99999999999999999999");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(1, all.Json.GetProperty("Resources").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Equal(1, past.Json.GetProperty("totalResults").GetInt32());
        Assert.False(past.Json.TryGetProperty("Resources", out var page) && page.GetArrayLength() > 0);
    }
}

using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// Over Kestrel, a request line past Kestrel's own 8 KiB default reaches the SCIM layer, which answers it with a SCIM
/// error naming the limit it broke; Kestrel's bare 414, without a body, is left for request lines over 64 KiB.
/// </summary>
public sealed class ScimLongRequestLineTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync()
    {
        var port = FreePorts.Next();
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        _scim = await _factory.CreateScimClientAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_filter_of_12000_characters_is_400_invalidFilter_with_a_scim_body()
    {
        var filter = string.Join(" or ", Enumerable.Range(0, 400).Select(i => $"userName eq \"u{i:D5}@acme.com\""));
        Assert.True(filter.Length > 12_000);

        var response = await _scim.GetAsync($"/Users?filter={Uri.EscapeDataString(filter)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidFilter", response.Str("scimType"));
        Assert.Contains("4096", response.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_line_over_64_KiB_is_still_refused_by_kestrel()
    {
        var response = await _scim.GetAsync($"/Users?filter={new string('a', 70 * 1024)}");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.Status);
    }
}

using System.Net;
using System.Text;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// RFC 8259 §8.1 lets a parser ignore a leading UTF-8 byte order mark, and clients that write JSON through a UTF-8
/// text writer (.NET's StreamWriter with Encoding.UTF8, PowerShell 5.1's file cmdlets) put one there.
/// </summary>
public sealed class ScimByteOrderMarkTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_body_after_a_utf8_byte_order_mark_is_read_as_the_same_body_without_it()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(OktaUser("bom@acme.com"))];

        var created = await _scim.SendBytesAsync(HttpMethod.Post, "/Users", body, "application/scim+json");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("bom@acme.com", created.Str("userName"));
    }

    [Fact]
    public async Task A_byte_order_mark_alone_is_still_400_invalidSyntax()
    {
        var response = await _scim.SendBytesAsync(HttpMethod.Post, "/Users", [0xEF, 0xBB, 0xBF], "application/scim+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidSyntax", response.Str("scimType"));
    }
}

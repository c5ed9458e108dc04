using System.Net;
using System.Text;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// Bodies that System.Text.Json or Kestrel reject only once a handler reads them (bytes that are not UTF-8, an escaped
/// lone surrogate, broken framing) and requests without a Host: each was a 500 from a hostile-client probe.
/// </summary>
public sealed class ScimUnreadableBodyTests : IAsyncLifetime
{
    private const string CoreUser = ScimConstants.UserSchema;

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_user_name_with_bytes_that_are_not_utf8_is_400_invalidSyntax_and_nothing_is_created()
    {
        byte[] name = [.. "bad"u8, 0xFF, 0xFE, 0xC3, .. "@acme.com"u8];
        byte[] body = [.. Encoding.UTF8.GetBytes("{\"schemas\":[\"" + CoreUser + "\"],\"userName\":\""), .. name, .. "\"}"u8];

        var response = await _scim.SendBytesAsync(HttpMethod.Post, "/Users", body, "application/scim+json");

        AssertInvalidSyntax(response, "UTF-8");
        Assert.Equal(0, (await _scim.GetAsync("/Users")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_in_a_user_name_is_400_invalidSyntax()
    {
        var response = await _scim.PostAsync("/Users", $$"""{"schemas":["{{CoreUser}}"],"userName":"a\ud800@acme.com"}""");

        AssertInvalidSyntax(response, "Unicode");
        Assert.Equal(0, (await _scim.GetAsync("/Users")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task An_escaped_lone_surrogate_as_a_group_member_is_400_and_the_group_keeps_its_members()
    {
        var userId = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");
        var groupId = (await _scim.PostAsync("/Groups", $$"""
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Eng","members":[{"value":"{{userId}}"}]}
            """)).Str("id");

        var response = await _scim.PatchAsync($"/Groups/{groupId}", Patch("""{"op":"add","path":"members","value":[{"value":"\udc00"}]}"""));

        AssertInvalidSyntax(response, "Unicode");
        var members = (await _scim.GetAsync($"/Groups/{groupId}")).Json.GetProperty("members");
        Assert.Equal(userId, Assert.Single(members.EnumerateArray()).GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_body_declared_in_another_charset_is_415()
    {
        byte[] body = [.. Encoding.Latin1.GetBytes($$"""{"schemas":["{{CoreUser}}"],"userName":"rené@acme.com"}""")];

        var response = await _scim.SendBytesAsync(HttpMethod.Post, "/Users", body, "application/json; charset=latin1");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("UTF-8", response.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_the_server_cannot_read_is_answered_with_the_servers_status_as_a_scim_error()
    {
        var context = await _factory.Server.SendAsync(http =>
        {
            Prepare(http, HttpMethods.Post, "/Users");
            http.Request.ContentType = "application/scim+json";
            http.Request.Body = new SlowBodyStream();
        });

        Assert.Equal(StatusCodes.Status408RequestTimeout, context.Response.StatusCode);
        using var error = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal("408", error.RootElement.GetProperty("status").GetString());
        Assert.Contains("could not be read", error.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_host_gets_absolute_urls_from_the_address_it_came_in_on()
    {
        var context = await _factory.Server.SendAsync(http =>
        {
            Prepare(http, HttpMethods.Get, "/ServiceProviderConfig");
            http.Request.Host = default;
        });

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        using var config = await JsonDocument.ParseAsync(context.Response.Body);
        var location = config.RootElement.GetProperty("meta").GetProperty("location").GetString();
        Assert.True(Uri.TryCreate(location, UriKind.Absolute, out var url) && url.Host.Length > 0, location);
        Assert.StartsWith("/scim/v2/", url.AbsolutePath, StringComparison.Ordinal);
    }

    private void Prepare(HttpContext http, string method, string path)
    {
        http.Request.Method = method;
        http.Request.Path = _scim.BasePath + path;
        http.Request.Headers.Authorization = $"Bearer {_scim.Token}";
    }

    private static void AssertInvalidSyntax(ScimResponse response, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidSyntax", response.Str("scimType"));
        Assert.Contains(detailMentions, response.Str("detail"), StringComparison.Ordinal);
    }
}

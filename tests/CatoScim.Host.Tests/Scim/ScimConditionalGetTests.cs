using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>RFC 7644 §3.14 conditional GET: an IdP polling an unchanged user or group gets 304 and no body.</summary>
public sealed class ScimConditionalGetTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory;
    private ScimTestClient _scim = null!;
    private RequestSqlMeter _meter = null!;

    public ScimConditionalGetTests() => _factory = new(services: RequestSqlMeter.AddTo);

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _meter = _factory.Services.GetRequiredService<RequestSqlMeter>();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_user_get_with_its_current_tag_is_304_and_after_a_patch_the_old_tag_gets_the_user()
    {
        var created = await _scim.PostAsync("/Users", OktaUser("ann@acme.com"));
        var path = $"/Users/{created.Str("id")}";
        var first = created.Headers.ETag!.ToString();

        await AssertNotModifiedAsync(path, first, first);
        await AssertNotModifiedAsync(path, first, first.Replace("W/", "", StringComparison.Ordinal));
        await AssertNotModifiedAsync(path, first, $"W/\"999\", {first}");
        await AssertNotModifiedAsync(path, first, "*");
        var other = await GetAsync(path, "W/\"999\"");
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal("ann@acme.com", other.Str("userName"));
        Assert.Equal(first, other.Headers.ETag!.ToString());

        var patched = await _scim.PatchAsync(path, Patch("""{"op":"replace","path":"title","value":"Lead"}"""));
        var second = patched.Headers.ETag!.ToString();
        Assert.NotEqual(first, second);
        var stale = await GetAsync(path, first);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Equal("Lead", stale.Str("title"));
        Assert.Equal(second, stale.Headers.ETag!.ToString());
        await AssertNotModifiedAsync(path, second, second);
    }

    [Fact]
    public async Task A_group_get_with_its_current_tag_is_304_and_after_a_member_patch_the_old_tag_gets_the_group()
    {
        var users = await _factory.SeedUsersAsync(_scim, 2);
        var created = await _scim.PostAsync("/Groups", Group("Eng", [users[0]]));
        var path = $"/Groups/{created.Str("id")}";
        var first = created.Headers.ETag!.ToString();

        await AssertNotModifiedAsync(path, first, first);
        await AssertNotModifiedAsync(path, first, first.Replace("W/", "", StringComparison.Ordinal));
        await AssertNotModifiedAsync(path, first, "*");

        var patched = await _scim.PatchAsync(path, Patch($$"""{"op":"add","path":"members","value":[{"value":"{{users[1]}}"}]}"""));
        Assert.Equal(HttpStatusCode.NoContent, patched.Status);
        var second = patched.Headers.ETag!.ToString();
        Assert.NotEqual(first, second);
        var stale = await GetAsync(path, first);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Equal(2, stale.Json.GetProperty("members").GetArrayLength());
        Assert.Equal(second, stale.Headers.ETag!.ToString());
        await AssertNotModifiedAsync(path, second, second);
    }

    [Theory]
    [InlineData("/Users")]
    [InlineData("/Groups")]
    public async Task An_unknown_resource_is_404_whatever_the_tag(string collection)
    {
        var missing = await GetAsync($"{collection}/{Guid.NewGuid()}", "*");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("404", missing.Str("status"));
        Assert.Null(missing.Headers.ETag);
    }

    [Fact]
    public async Task A_304_reads_neither_the_users_groups_nor_the_groups_members()
    {
        var user = await _scim.PostAsync("/Users", OktaUser("ann@acme.com"));
        var group = await _scim.PostAsync("/Groups", Group("Eng", [Guid.Parse(user.Str("id")!)]));
        foreach (var (path, tag, label) in new[]
        {
            ($"/Users/{user.Str("id")}", user.Headers.ETag!.ToString(), "user"),
            ($"/Groups/{group.Str("id")}", group.Headers.ETag!.ToString(), "group"),
        })
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(path, "W/\"999\"", $"{label}-200")).Status);
            Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, tag, $"{label}-304")).Status);

            var full = _meter[$"{label}-200"];
            var notModified = _meter[$"{label}-304"];
            Assert.True(notModified.Commands < full.Commands, $"{label}: 304 ran {notModified.Commands} SQL commands, 200 ran {full.Commands}");
            Assert.True(notModified.RowsRead < full.RowsRead, $"{label}: 304 read {notModified.RowsRead} rows, 200 read {full.RowsRead}");
        }
    }

    private async Task AssertNotModifiedAsync(string path, string currentTag, string ifNoneMatch)
    {
        var response = await GetAsync(path, ifNoneMatch);
        Assert.Equal(HttpStatusCode.NotModified, response.Status);
        Assert.Null(response.Body);
        Assert.Null(response.MediaType);
        Assert.Equal(currentTag, response.Headers.ETag?.ToString());
    }

    private Task<ScimResponse> GetAsync(string path, string ifNoneMatch, string? meterLabel = null) =>
        _scim.SendAsync(HttpMethod.Get, path, null, request =>
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            if (meterLabel is not null)
            {
                request.Headers.Add(RequestSqlMeter.Header, meterLabel);
            }
        });
}

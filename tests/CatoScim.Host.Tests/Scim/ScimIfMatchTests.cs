using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// RFC 7644 §3.14 If-Match on the writes of both resources, DELETE included; the field is read as RFC 7232 §3.1
/// has it (a list of tags, or <c>*</c>), compared weakly. <c>{0}</c> in a field stands for the current opaque tag.
/// </summary>
public sealed class ScimIfMatchTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public static TheoryData<string, string> NotCurrent => new()
    {
        { "/Users", "\"garbage\"" },
        { "/Users", "garbage" },
        { "/Users", "W/\"999\"" },
        { "/Users", "W/{0} W/\"999\"" },
        { "/Groups", "W/\"999\"" },
        { "/Groups", "garbage" },
        { "/Groups", "{0}x" },
    };

    public static TheoryData<string, string> Current => new()
    {
        { "/Users", "W/{0}" },
        { "/Users", "{0}" },
        { "/Users", "W/\"999\", W/{0}" },
        { "/Users", "*" },
        { "/Groups", "{0}" },
        { "/Groups", "\"998\",\"a,b\" , W/{0}" },
        { "/Groups", "*" },
    };

    [Theory]
    [MemberData(nameof(NotCurrent))]
    public async Task A_delete_whose_if_match_is_not_the_current_version_is_412_and_deletes_nothing(string collection, string ifMatch)
    {
        var (path, tag) = await CreateAsync(collection);
        var refused = await SendAsync(HttpMethod.Delete, path, null, Field(ifMatch, tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.Status);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", refused.Json.GetProperty("schemas")[0].GetString());
        Assert.Equal("412", refused.Str("status"));

        var still = await _scim.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, still.Status);
        Assert.Equal(tag, still.Headers.ETag!.ToString());
        Assert.Empty(await _factory.OutboxAsync(collection == "/Users" ? "UserUnlinked" : "GroupDeleted"));
    }

    [Theory]
    [MemberData(nameof(Current))]
    public async Task A_delete_whose_if_match_lists_the_current_version_weak_or_strong_or_is_a_star_deletes(string collection, string ifMatch)
    {
        var (path, tag) = await CreateAsync(collection);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, path, null, Field(ifMatch, tag))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _scim.GetAsync(path)).Status);
    }

    [Theory]
    [MemberData(nameof(Current))]
    public async Task A_put_and_a_patch_whose_if_match_lists_the_current_version_weak_or_strong_or_is_a_star_apply(string collection, string ifMatch)
    {
        var (path, tag) = await CreateAsync(collection);
        var users = collection == "/Users";
        var put = await SendAsync(HttpMethod.Put, path, Replacement(users), Field(ifMatch, tag));
        Assert.Equal(HttpStatusCode.OK, put.Status);

        var second = put.Headers.ETag!.ToString();
        Assert.NotEqual(tag, second);
        var patch = await SendAsync(HttpMethod.Patch, path, TitlePatch(users), Field(ifMatch, second));
        Assert.Contains(patch.Status, new[] { HttpStatusCode.OK, HttpStatusCode.NoContent });

        var now = await _scim.GetAsync(path);
        Assert.Equal(users ? "v3" : "Eng v3", now.Str(users ? "title" : "displayName"));
    }

    [Theory]
    [MemberData(nameof(NotCurrent))]
    public async Task A_put_and_a_patch_whose_if_match_is_not_the_current_version_are_412(string collection, string ifMatch)
    {
        var (path, tag) = await CreateAsync(collection);
        var users = collection == "/Users";
        var put = await SendAsync(HttpMethod.Put, path, Replacement(users), Field(ifMatch, tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, put.Status);
        var patch = await SendAsync(HttpMethod.Patch, path, TitlePatch(users), Field(ifMatch, tag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, patch.Status);
        Assert.Equal(tag, (await _scim.GetAsync(path)).Headers.ETag!.ToString());
    }

    private async Task<(string Path, string Tag)> CreateAsync(string collection)
    {
        var created = await _scim.PostAsync(collection, collection == "/Users" ? OktaUser("ann@acme.com") : Group("Eng"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return ($"{collection}/{created.Str("id")}", created.Headers.ETag!.ToString());
    }

    /// <summary>The field with <c>{0}</c> replaced by the opaque part of <paramref name="tag"/> (<c>W/"1"</c> → <c>"1"</c>).</summary>
    private static string Field(string ifMatch, string tag) =>
        ifMatch.Replace("{0}", tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag, StringComparison.Ordinal);

    private Task<ScimResponse> SendAsync(HttpMethod method, string path, string? json, string ifMatch) =>
        _scim.SendAsync(method, path, json, r => r.Headers.TryAddWithoutValidation("If-Match", ifMatch));

    private static string Replacement(bool users) => users ? OktaUser("ann@acme.com", title: "v2") : Group("Eng v2");

    private static string TitlePatch(bool users) =>
        Patch(users ? """{"op":"replace","path":"title","value":"v3"}""" : """{"op":"replace","path":"displayName","value":"Eng v3"}""");
}

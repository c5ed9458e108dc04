using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// A group with more members than `Scim:MaxMembersRendered` is still served with all of them (streamed): a client
/// that PUTs back what it read (RFC 7644 §3.5.1) must not empty it.
/// </summary>
public sealed class ScimGroupOverLimitTests : IAsyncLifetime
{
    private const int Limit = 5;
    private const int BigSize = 12;

    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:MaxMembersRendered"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private ScimTestClient _scim = null!;
    private List<Guid> _users = [];
    private string _big = "";
    private string _small = "";

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _users = await _factory.SeedUsersAsync(_scim, BigSize);
        _big = (await _scim.PostAsync("/Groups", Group("big", _users, externalId: "ext-big"))).Str("id")!;
        // The two lowest ids: the first two members of the big group too.
        _small = (await _scim.PostAsync("/Groups", Group("small", _users.Order().Take(2), externalId: "ext-small"))).Str("id")!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("?attributes=members.value")]
    [InlineData("?excludedAttributes=members.display")]
    [InlineData("?attributes=displayName,members.$ref,members.type")]
    [InlineData("?excludedAttributes=meta,members.value")]
    public async Task A_group_over_the_limit_read_by_id_has_every_member_shaped_as_a_small_groups(string query)
    {
        var big = await _scim.GetAsync($"/Groups/{_big}{query}");
        var small = await _scim.GetAsync($"/Groups/{_small}{query}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (big.Status, small.Status));
        Assert.Equal("application/scim+json", big.MediaType);
        Assert.Equal(Names(small.Json), Names(big.Json));
        var members = big.Json.GetProperty("members").EnumerateArray().ToList();
        var smallMembers = small.Json.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(BigSize, members.Count);
        Assert.All(members, m => Assert.Equal(Names(smallMembers[0]), Names(m)));

        // The two users in both groups are rendered alike, byte for byte, and first in both (ordered by user id).
        Assert.Equal(smallMembers.Select(m => m.GetRawText()), members.Take(2).Select(m => m.GetRawText()));
        if (members[0].TryGetProperty("value", out _))
        {
            Assert.Equal(_users.Order().Select(u => u.ToString()), members.Select(m => m.GetProperty("value").GetString()));
        }
        else
        {
            Assert.Equal(_users.Order().Select(u => $"/Users/{u}"), members.Select(m => m.GetProperty("$ref").GetString()![^43..]));
        }
    }

    [Fact]
    public async Task A_group_over_the_limit_read_by_id_carries_its_members_with_its_etag_and_meta()
    {
        var big = await _scim.GetAsync($"/Groups/{_big}");

        Assert.Equal(big.Json.GetProperty("meta").GetProperty("version").GetString(), big.Headers.ETag?.ToString());
        Assert.Equal(_big, big.Str("id"));
        Assert.Equal(("big", "ext-big"), (big.Str("displayName"), big.Str("externalId")));
        Assert.Equal($"/Groups/{_big}", big.Json.GetProperty("meta").GetProperty("location").GetString()![^44..]);
        Assert.Equal(BigSize, big.Json.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Get_modify_put_of_a_group_over_the_limit_keeps_every_member()
    {
        var read = JsonNode.Parse((await _scim.GetAsync($"/Groups/{_big}")).Json.GetRawText())!.AsObject();
        read["displayName"] = "big renamed";

        var put = await _scim.PutAsync($"/Groups/{_big}", read.ToJsonString());
        var after = await _scim.GetAsync($"/Groups/{_big}");

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(BigSize, put.Json.GetProperty("members").GetArrayLength());
        Assert.Equal(put.Headers.ETag?.ToString(), put.Json.GetProperty("meta").GetProperty("version").GetString());
        Assert.Equal("big renamed", after.Str("displayName"));
        Assert.Equal(_users.Order().Select(u => u.ToString()), after.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()));
        Assert.Equal(BigSize, await _factory.DbAsync(db => Task.FromResult(db.GroupMembers.Count(m => m.GroupId == Guid.Parse(_big)))));
    }

    [Fact]
    public async Task A_post_of_a_group_over_the_limit_returns_it_with_every_member_and_its_location()
    {
        var created = await _scim.PostAsync("/Groups", Group("big two", _users));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(BigSize, created.Json.GetProperty("members").GetArrayLength());
        Assert.EndsWith($"/Groups/{created.Str("id")}", created.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(created.Headers.ETag?.ToString(), created.Json.GetProperty("meta").GetProperty("version").GetString());
    }

    [Fact]
    public async Task A_patch_asking_for_the_representation_of_a_group_over_the_limit_returns_every_member()
    {
        var patch = await _scim.PatchAsync($"/Groups/{_big}?excludedAttributes=members.display",
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"big patched"}]}""");

        Assert.Equal(HttpStatusCode.OK, patch.Status);
        Assert.Equal("big patched", patch.Str("displayName"));
        Assert.Equal(_users.Order().Select(u => u.ToString()), patch.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()));
        Assert.All(patch.Json.GetProperty("members").EnumerateArray(), m => Assert.False(m.TryGetProperty("display", out _)));
    }

    [Fact]
    public async Task Head_of_a_group_over_the_limit_answers_the_status_and_headers_of_its_full_get_without_a_body()
    {
        using var http = _factory.CreateClient();
        async Task<(HttpStatusCode Status, EntityTagHeaderValue? ETag, string? Type, byte[] Body)> SendAsync(HttpMethod method)
        {
            using var request = new HttpRequestMessage(method, $"{_scim.BasePath}/Groups/{_big}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _scim.Token);
            using var response = await http.SendAsync(request);
            return (response.StatusCode, response.Headers.ETag, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
        }

        var get = await SendAsync(HttpMethod.Get);
        var head = await SendAsync(HttpMethod.Head);

        Assert.Equal(BigSize, JsonDocument.Parse(get.Body).RootElement.GetProperty("members").GetArrayLength());
        Assert.Equal((get.Status, get.ETag, get.Type), (head.Status, head.ETag, head.Type));
        Assert.Equal("application/scim+json; charset=utf-8", head.Type);
        Assert.Empty(head.Body);
    }

    private static List<string> Names(JsonElement json) => json.EnumerateObject().Select(p => p.Name).ToList();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// A directory streams one big group's members at a time (ScimMemberStreamTurns): its next read of a big group waits
/// until the first is sent, while another directory's read does not wait for it. The members are read before the
/// client gets a byte, so a slow reader holds no database snapshot.
/// </summary>
public sealed class ScimMemberStreamTurnTests : IAsyncLifetime
{
    // Enough members (about 100 KB) that a client which does not read the body holds the server's writer: the test
    // server's response pipe takes 64 KB before it makes the writer wait.
    private const int Members = 600;

    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:MaxMembersRendered"] = "5",
    });

    private ScimTestClient _okta = null!;
    private ScimTestClient _entra = null!;
    private string _oktaGroup = "";
    private string _entraGroup = "";

    public async Task InitializeAsync()
    {
        _okta = await _factory.CreateScimClientAsync();
        _entra = await _factory.CreateScimClientAsync(_okta.AccountId, provider: "Entra");
        _oktaGroup = (await _okta.PostAsync("/Groups?excludedAttributes=members", Group("big-okta", await _factory.SeedUsersAsync(_okta, Members, "o")))).Str("id")!;
        _entraGroup = (await _entra.PostAsync("/Groups?excludedAttributes=members", Group("big-entra", await _factory.SeedUsersAsync(_entra, Members, "e")))).Str("id")!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_directorys_second_big_group_read_waits_for_its_first_while_another_directory_reads_at_once()
    {
        using var http = _factory.CreateClient();
        using var first = await OpenUnreadAsync(http);
        await using var unread = await first.Content.ReadAsStreamAsync();

        var second = http.SendAsync(Get(_okta, _oktaGroup));
        var other = await _entra.GetAsync($"/Groups/{_entraGroup}");
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(Members, other.Json.GetProperty("members").GetArrayLength());
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(1))));

        Assert.Equal(Members, MemberCount(await JsonDocument.ParseAsync(unread)));
        using var secondResponse = await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(Members, MemberCount(await JsonDocument.ParseAsync(await secondResponse.Content.ReadAsStreamAsync())));
    }

    [Fact]
    public async Task A_client_that_does_not_read_a_big_group_keeps_no_database_snapshot_open()
    {
        using var http = _factory.CreateClient();
        using var first = await OpenUnreadAsync(http);
        await using var unread = await first.Content.ReadAsStreamAsync();

        // A write after the read began: a snapshot still open would keep the checkpoint from taking its frames, and
        // every later write of every account on the file would grow the WAL.
        Assert.Equal(HttpStatusCode.Created, (await _okta.PostAsync("/Users", ScimBodies.OktaUser("after.read@example.com"))).Status);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.DataDir, "catoscim.directory.db")}");
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        // The busy timeout waits out the Host's own short reads (the outbox, the search indexer); a snapshot the
        // unread response pinned would outlast it.
        checkpoint.CommandText = "PRAGMA busy_timeout=5000";
        await checkpoint.ExecuteNonQueryAsync();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using (var result = await checkpoint.ExecuteReaderAsync())
        {
            Assert.True(await result.ReadAsync());
            Assert.Equal(0L, result.GetInt64(0));
            Assert.Equal(0L, result.GetInt64(1));
        }

        using var body = new MemoryStream();
        await unread.CopyToAsync(body);
        Assert.Equal(first.Content.Headers.ContentLength, body.Length);
        body.Position = 0;
        Assert.Equal(Members, MemberCount(await JsonDocument.ParseAsync(body)));
    }

    /// <summary>The Okta directory's big group with its headers read, its body left to the caller.</summary>
    private async Task<HttpResponseMessage> OpenUnreadAsync(HttpClient http)
    {
        var response = await http.SendAsync(Get(_okta, _oktaGroup), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static HttpRequestMessage Get(ScimTestClient scim, string group)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{scim.BasePath}/Groups/{group}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scim.Token);
        return request;
    }

    private static int MemberCount(JsonDocument group)
    {
        using (group)
        {
            return group.RootElement.GetProperty("members").GetArrayLength();
        }
    }
}

using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// A DELETE racing another write of the same resource on the real SQLite file. Which request wins varies from round
/// to round, so only what holds for every interleaving is asserted: no 500, one unlink or removal, a consistent end.
/// </summary>
public sealed class ScimDeleteRaceTests : IAsyncLifetime
{
    private const int Rounds = 20;
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Two_parallel_deletes_of_a_user_answer_204_once_and_404_once()
    {
        var ids = new List<Guid>();
        for (var round = 0; round < Rounds; round++)
        {
            var id = await CreateUserAsync(round);
            ids.Add(id);
            var responses = await Task.WhenAll(_scim.DeleteAsync($"/Users/{id}"), _scim.DeleteAsync($"/Users/{id}"));
            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NotFound], responses.Select(r => r.Status).Order());
            Assert.Equal("404", responses.Single(r => r.Status == HttpStatusCode.NotFound).Str("status"));
        }

        await AssertUnlinkedOnceAsync(ids);
    }

    [Fact]
    public async Task A_delete_racing_a_patch_of_the_user_always_unlinks_it()
    {
        var ids = new List<Guid>();
        for (var round = 0; round < Rounds; round++)
        {
            var id = await CreateUserAsync(round);
            ids.Add(id);
            var patch = _scim.PatchAsync($"/Users/{id}", Patch($$"""{"op":"replace","path":"title","value":"Round {{round}}"}"""));
            var delete = _scim.DeleteAsync($"/Users/{id}");
            await Task.WhenAll(patch, delete);
            Assert.Equal(HttpStatusCode.NoContent, (await delete).Status);
            // The PATCH came first (200), found the user already unlinked (404), or lost its UPDATE to the DELETE (409).
            Assert.Contains((await patch).Status, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Conflict });
        }

        await AssertUnlinkedOnceAsync(ids);
    }

    /// <summary>On SQLite group writes are serialised (BEGIN IMMEDIATE), so this guards the outcome, not the retry.</summary>
    [Fact]
    public async Task Two_parallel_deletes_of_a_group_answer_204_once_and_404_once()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var id = (await _scim.PostAsync("/Groups", Group($"Race {round}"))).Str("id");
            var responses = await Task.WhenAll(_scim.DeleteAsync($"/Groups/{id}"), _scim.DeleteAsync($"/Groups/{id}"));
            Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NotFound], responses.Select(r => r.Status).Order());
        }

        Assert.Equal(Rounds, (await _factory.OutboxAsync("GroupDeleted")).Count);
        Assert.Equal(0, await _factory.DbAsync(db => db.Groups.CountAsync(g => g.AccountId == _scim.AccountId)));
    }

    private async Task<Guid> CreateUserAsync(int round)
    {
        var created = await _scim.PostAsync("/Users", OktaUser($"race{round}@acme.com", externalId: $"race{round}"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return Guid.Parse(created.Str("id")!);
    }

    private async Task AssertUnlinkedOnceAsync(List<Guid> ids)
    {
        var users = await _factory.DbAsync(db => db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync());
        Assert.Equal(ids.Count, users.Count);
        Assert.All(users, u =>
        {
            Assert.Null(u.DirectoryId);
            Assert.False(u.Active);
        });
        Assert.Equal(ids.Count, (await _factory.OutboxAsync("UserUnlinked")).Count);
    }
}

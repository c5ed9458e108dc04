using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// A PUT or PATCH without If-Match that loses a race (another write to the user committed between its read and its
/// UPDATE) is applied again to the new version, as if it had come second, instead of answering 409 to an IdP that sent
/// nothing wrong. With If-Match, the new version no longer matches: 412.
/// </summary>
public sealed class ScimUserConcurrentWriteTests : IAsyncLifetime
{
    private readonly RacingWrite _race = new();
    private readonly CatoScimFactory _factory;
    private ScimTestClient _scim = null!;
    private string _id = "";

    public ScimUserConcurrentWriteTests() =>
        _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" },
            services: s => s.ConfigureDbContext<DirectorySqliteDbContext>(o => o.AddInterceptors(_race)));

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _id = (await _scim.PostAsync("/Users", OktaUser("race@acme.com"))).Str("id")!;
        _race.File = Path.Combine(_factory.DataDir, "catoscim.directory.db");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_put_that_loses_a_race_is_applied_to_the_new_version()
    {
        _race.Arm();
        var response = await _scim.PutAsync($"/Users/{_id}", OktaUser("race@acme.com", title: "Director"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, _race.Raced);
        Assert.Equal("Director", (await _scim.GetAsync($"/Users/{_id}")).Str("title"));
    }

    [Fact]
    public async Task A_patch_that_loses_a_race_is_applied_to_the_new_version()
    {
        _race.Arm();
        var response = await _scim.PatchAsync($"/Users/{_id}", Patch("""{"op":"replace","path":"title","value":"Architect"}"""));

        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.NoContent, response.ToString());
        Assert.Equal(1, _race.Raced);
        Assert.Equal("Architect", (await _scim.GetAsync($"/Users/{_id}")).Str("title"));
    }

    [Fact]
    public async Task A_put_with_if_match_that_loses_a_race_is_412()
    {
        var etag = (await _scim.GetAsync($"/Users/{_id}")).Headers.ETag!.ToString();
        _race.Arm();

        var response = await _scim.SendAsync(HttpMethod.Put, $"/Users/{_id}", OktaUser("race@acme.com", title: "Director"),
            request => request.Headers.TryAddWithoutValidation("If-Match", etag));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.Status);
        Assert.Equal("Engineer", (await _scim.GetAsync($"/Users/{_id}")).Str("title"));
    }

    /// <summary>Once armed, commits a version bump of the user being saved from another connection, just before the save.</summary>
    private sealed class RacingWrite : SaveChangesInterceptor
    {
        private int _armed;

        public string File { get; set; } = "";

        public int Raced { get; private set; }

        public void Arm() => _armed = 1;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var user = eventData.Context!.ChangeTracker.Entries<User>().FirstOrDefault(e => e.State == EntityState.Modified);
            if (user is not null && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                await using var connection = new SqliteConnection($"Data Source={File}");
                await connection.OpenAsync(cancellationToken);
                await using var bump = connection.CreateCommand();
                bump.CommandText = """UPDATE "Directory_Users" SET "Version" = "Version" + 1 WHERE "Id" = $id""";
                bump.Parameters.AddWithValue("$id", user.Entity.Id.ToString().ToUpperInvariant());
                Assert.Equal(1, await bump.ExecuteNonQueryAsync(cancellationToken));
                Raced++;
            }

            return result;
        }
    }
}

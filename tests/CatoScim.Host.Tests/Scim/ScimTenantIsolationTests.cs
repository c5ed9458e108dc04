using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

public sealed class ScimTenantIsolationTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private ScimTestClient _a = null!;
    private ScimTestClient _b = null!;
    private ScimTestClient _y = null!;

    public async Task InitializeAsync()
    {
        var (x, _) = await _factory.CreateAccountAsync("x");
        _a = await _factory.CreateScimClientAsync(x);
        _b = await _factory.CreateScimClientAsync(x);
        _y = await _factory.CreateScimClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await _b.PostAsync("/Users", OktaUser("b@x.com"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await _y.PostAsync("/Users", OktaUser("y@y.com"))).Status);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_token_works_only_on_its_own_base_url_and_every_failure_looks_the_same()
    {
        var http = _factory.CreateClient();
        var attempts = new[]
        {
            (Path: _b.BasePath, Token: _a.Token),                                   // directory B of the same account
            (Path: _y.BasePath, Token: _a.Token),                                   // another account
            (Path: $"/scim/v2/{_y.AccountId}/{_a.DirectoryId}", Token: _a.Token),   // own directory under another account
            (Path: _a.BasePath, Token: "cst_wrong"),
            (Path: _a.BasePath, Token: ""),
            (Path: $"/scim/v2/{Guid.NewGuid()}/{Guid.NewGuid()}", Token: _a.Token),
            (Path: "/scim/v2/not-a-guid/also-not", Token: _a.Token),
        };
        var details = new HashSet<string>();
        foreach (var (path, token) in attempts)
        {
            var client = new ScimTestClient(http, path, token, Guid.Empty, Guid.Empty);
            var response = await client.GetAsync("/Users");
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("401", response.Str("status"));
            Assert.False(response.Json.TryGetProperty("Resources", out _));
            // Only the request id at its end differs from one answer to the next.
            var suffix = $" (request id: {response.Headers.GetValues("X-Request-Id").Single()})";
            Assert.EndsWith(suffix, response.Str("detail"), StringComparison.Ordinal);
            details.Add(response.Str("detail")![..^suffix.Length]);
        }

        Assert.Single(details);
        Assert.Equal(HttpStatusCode.Unauthorized, (await new ScimTestClient(http, _b.BasePath, _a.Token, Guid.Empty, Guid.Empty).PostAsync("/Users", OktaUser("evil@x.com"))).Status);
        Assert.Equal(0, (await _a.GetAsync("/Users")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task Same_user_name_in_another_directory_of_the_account_is_a_named_conflict_but_another_account_is_free()
    {
        var conflict = await _a.PostAsync("/Users", OktaUser("B@x.com"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("uniqueness", conflict.Str("scimType"));
        Assert.Contains("another SCIM directory", conflict.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await _a.PostAsync("/Users", OktaUser("y@y.com"))).Status);
    }

    [Fact]
    public async Task Disabling_scim_refuses_every_request()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Accounts
                .Where(a => a.Id == _a.AccountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ScimEnabled, false));
        }

        _factory.Services.GetRequiredService<CatoScim.Directory.Scim.Auth.ScimCredentialCache>().InvalidateAll();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _a.GetAsync("/Users")).Status);
    }
}

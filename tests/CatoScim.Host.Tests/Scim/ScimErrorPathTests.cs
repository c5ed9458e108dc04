using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>Every refusal is a SCIM error with the right status and scimType, and writes nothing but its failure event.</summary>
public sealed class ScimErrorPathTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:MaxRequestBytes"] = "20000", ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    public static TheoryData<string, int, string?, string> BadCreates => new()
    {
        { OktaUser("not-an-email"), 400, "invalidValue", "email" },
        { """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"name":{"givenName":"x"}}""", 400, "invalidValue", "userName" },
        { "{\"userName\": ", 400, "invalidSyntax", "JSON" },
        { "[1,2]", 400, "invalidSyntax", "object" },
        { """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a@b.com","title":5}""", 400, "invalidValue", "title" },
        { """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a@b.com","active":"maybe"}""", 400, "invalidValue", "active" },
        { $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a@b.com","title":"{{new string('x', 500)}}"}""", 400, "invalidValue", "longer" },
        { $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"a@b.com","title":"{{new string('x', 30000)}}"}""", 413, null, "larger" },
    };

    [Theory]
    [MemberData(nameof(BadCreates))]
    public async Task Bad_create_is_refused_and_writes_no_user(string body, int status, string? scimType, string detailMentions)
    {
        var response = await _scim.PostAsync("/Users", body);
        AssertError(response, status, scimType, detailMentions);
        Assert.Equal(0, await UserCountAsync());
        await Eventually.AssertAsync(() => FailuresAsync(), n => n >= 1, "ScimRequestFailed in the outbox");
    }

    [Theory]
    [InlineData("userName eq", "invalidFilter", "character")]
    [InlineData("userName xx \"a\"", "invalidFilter", "character")]
    [InlineData("nickName eq \"a\"", "invalidFilter", "nickName")]
    [InlineData("(userName eq \"a\"", "invalidFilter", "character")]
    public async Task Bad_filter_is_400_invalidFilter(string filter, string scimType, string detailMentions) =>
        AssertError(await _scim.GetAsync($"/Users?filter={Filter(filter)}"), 400, scimType, detailMentions);

    [Fact]
    public async Task Patch_applies_all_operations_or_none()
    {
        var id = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");
        var response = await _scim.PatchAsync($"/Users/{id}", Patch(
            """{"op":"replace","path":"title","value":"Changed"}""",
            """{"op":"remove","path":"userName"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Engineer", (await _scim.GetAsync($"/Users/{id}")).Str("title"));

        AssertError(await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"frobnicate","path":"title","value":"x"}""")), 400, "invalidSyntax", "op");
        AssertError(await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","path":"id","value":"x"}""")), 400, "mutability", "id");
        AssertError(await _scim.PatchAsync($"/Users/{id}", """{"Operations":[]}"""), 400, "invalidSyntax", null);
        AssertError(await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","path":"userName","value":"nope"}""")), 400, "invalidValue", "email");
        Assert.Equal("ann@acme.com", (await _scim.GetAsync($"/Users/{id}")).Str("userName"));
    }

    [Fact]
    public async Task Stale_if_match_is_412_and_unknown_ids_are_404()
    {
        var created = await _scim.PostAsync("/Users", OktaUser("ann@acme.com"));
        var id = created.Str("id");
        await _scim.PutAsync($"/Users/{id}", OktaUser("ann@acme.com", title: "v2"));
        var stale = await _scim.SendAsync(HttpMethod.Put, $"/Users/{id}", OktaUser("ann@acme.com", title: "v3"),
            r => r.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString()));
        AssertError(stale, 412, null, "modified");
        AssertError(await _scim.GetAsync($"/Users/{Guid.NewGuid()}"), 404, null, "not found");
        AssertError(await _scim.GetAsync("/Users/not-a-guid"), 404, null, "not found");
        AssertError(await _scim.PutAsync($"/Users/{Guid.NewGuid()}", OktaUser("x@acme.com")), 404, null, "not found");
    }

    [Fact]
    public async Task Unknown_routes_methods_and_media_types_get_scim_errors()
    {
        AssertError(await _scim.GetAsync("/Widgets"), 404, null, "SCIM endpoint");
        AssertError(await _scim.SendAsync(HttpMethod.Delete, "/Users", null), 405, null, "DELETE");
        var plain = await _scim.SendAsync(HttpMethod.Post, "/Users", null,
            r => r.Content = new StringContent(OktaUser("a@acme.com"), System.Text.Encoding.UTF8, "text/plain"));
        AssertError(plain, 415, null, "Content-Type");
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Scim:RateLimitPerSecond"] = "1", ["Scim:RateLimitBurst"] = "1" });
        var scim = await factory.CreateScimClientAsync();
        var statuses = new List<ScimResponse>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await scim.GetAsync("/Users?count=1"));
        }

        var limited = statuses.First(s => s.Status == HttpStatusCode.TooManyRequests);
        AssertError(limited, 429, null, "Too many");
        Assert.True(int.TryParse(limited.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1);
    }

    private static void AssertError(ScimResponse response, int status, string? scimType, string? detailMentions)
    {
        Assert.Equal(status, (int)response.Status);
        Assert.Equal("application/scim+json", response.MediaType);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", response.Json.GetProperty("schemas")[0].GetString());
        Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Str("status"));
        Assert.Equal(scimType, response.Str("scimType"));
        if (detailMentions is not null)
        {
            Assert.Contains(detailMentions, response.Str("detail"), StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<int> UserCountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Users.CountAsync();
    }

    private async Task<int> FailuresAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().CountAsync(m => m.Type.Contains("ScimRequestFailed"));
    }
}

using System.Net;
using System.Text;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// What ended or stalled the process before: a PATCH path or filter nesting 100,000 parentheses (stack overflow),
/// a PATCH adding 10,000 emails (42 s of one core). Each is now a 400, and the next request is served as usual.
/// </summary>
public sealed class ScimHostileInputTests : IAsyncLifetime
{
    private const int Deep = 100_000;

    // Lengths raised so the nesting limit, not the length limit, is what meets the 100,000 parentheses.
    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:MaxFilterLength"] = "1000000",
        ["Scim:MaxPathLength"] = "1000000",
    });

    private ScimTestClient _scim = null!;
    private string _userId = null!;

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _userId = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_patch_path_nested_100000_deep_is_400_invalidPath_and_the_next_request_succeeds()
    {
        var path = "emails[" + new string('(', Deep) + "type eq \\\"work\\\"" + new string(')', Deep) + "].value";
        var response = await _scim.PatchAsync($"/Users/{_userId}", Patch($$"""{"op":"replace","path":"{{path}}","value":"x@acme.com"}"""));

        AssertError(response, "invalidPath", "nests more than 32");
        var next = await _scim.PatchAsync($"/Users/{_userId}", Patch("""{"op":"replace","path":"title","value":"Lead"}"""));
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal("Lead", next.Str("title"));
    }

    [Fact]
    public async Task A_filter_nested_100000_deep_is_400_invalidFilter_and_the_next_request_succeeds()
    {
        var filter = new string('(', Deep) + "userName eq \"ann@acme.com\"" + new string(')', Deep);
        AssertError(await _scim.GetAsync($"/Users?filter={Filter(filter)}"), "invalidFilter", "nests more than 32");
        AssertError(await _scim.GetAsync($"/Groups?filter={Filter(new StringBuilder().Insert(0, "not ", Deep) + "displayName pr")}"), "invalidFilter", "nests");

        var next = await _scim.GetAsync($"/Users?filter={Filter("userName eq \"ann@acme.com\"")}");
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(1, next.Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task Emails_over_the_values_cap_are_400_invalidValue_and_at_the_cap_the_patch_completes()
    {
        AssertError(await _scim.PatchAsync($"/Users/{_userId}", AddEmails(10_001)), "invalidValue", "at most 10000");

        var atCap = await _scim.PatchAsync($"/Users/{_userId}", AddEmails(10_000));
        Assert.Equal(HttpStatusCode.OK, atCap.Status);
        Assert.Equal("ann@acme.com", atCap.Json.GetProperty("emails")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_refusal_echoes_and_records_only_an_excerpt_of_a_huge_input()
    {
        await using var defaults = new CatoScimFactory(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
        var scim = await defaults.CreateScimClientAsync();
        var id = (await scim.PostAsync("/Users", OktaUser("bo@acme.com"))).Str("id");
        var junk = new string('j', 1_000_000);

        var response = await scim.PatchAsync($"/Users/{id}", Patch($$"""{"op":"replace","path":"{{junk}}","value":"x"}"""));

        AssertError(response, "invalidPath", "longer than the 1024 characters");
        await Eventually.AssertAsync(() => FailurePayloadsAsync(defaults), p => p.Count == 1, "the failure is recorded");
        Assert.All(await FailurePayloadsAsync(defaults), payload => Assert.True(payload.Length < 2_000, $"{payload.Length} characters recorded"));
    }

    [Fact]
    public async Task A_body_repeating_a_key_is_400_invalidSyntax()
    {
        var create = await _scim.PostAsync("/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bo@acme.com","userName":"cy@acme.com"}""");
        AssertError(create, "invalidSyntax", "JSON");
        var patch = await _scim.PatchAsync($"/Users/{_userId}", Patch("""{"op":"replace","path":"title","path":"x","value":"y"}"""));
        AssertError(patch, "invalidSyntax", "JSON");
    }

    private static string AddEmails(int count) => Patch($$"""
        {"op":"add","path":"emails","value":[{{string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"value":"ann{{i}}@example.com","type":"other"}"""))}}]}
        """);

    private static void AssertError(ScimResponse response, string scimType, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(scimType, response.Str("scimType"));
        var detail = response.Str("detail")!;
        Assert.Contains(detailMentions, detail, StringComparison.Ordinal);
        Assert.True(detail.Length <= 601, $"detail of {detail.Length} characters");
    }

    private static async Task<List<string>> FailurePayloadsAsync(CatoScimFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type.Contains("ScimRequestFailed")).Select(m => m.Payload).ToListAsync();
    }
}

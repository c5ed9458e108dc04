using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// RFC 7643 §5: Okta and Entra choose their requests from /ServiceProviderConfig, so each flag the running server
/// advertises is checked against what the same server does with the request the flag promises or rules out.
/// </summary>
public sealed class ServiceProviderConfigTests
{
    [Fact]
    public async Task Filter_max_results_is_the_configured_page_cap_and_lists_are_cut_to_it()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Scim:MaxResults"] = "2" });
        var scim = await factory.CreateScimClientAsync();
        foreach (var name in new[] { "ann", "bo", "cy" })
        {
            Assert.Equal(HttpStatusCode.Created, (await scim.PostAsync("/Users", OktaUser($"{name}@acme.com", externalId: name))).Status);
        }

        var filter = (await scim.GetAsync("/ServiceProviderConfig")).Json.GetProperty("filter");
        Assert.True(filter.GetProperty("supported").GetBoolean());
        Assert.Equal(2, filter.GetProperty("maxResults").GetInt32());

        var page = (await scim.GetAsync("/Users?count=10")).Json;
        Assert.Equal(3, page.GetProperty("totalResults").GetInt32());
        Assert.Equal(2, page.GetProperty("itemsPerPage").GetInt32());
        Assert.Equal(2, page.GetProperty("Resources").GetArrayLength());

        var filtered = (await scim.GetAsync("/Users?filter=" + Filter("userName sw \"bo\""))).Json;
        Assert.Equal(["bo@acme.com"], Resources(filtered).Select(r => r.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task Etag_is_advertised_and_a_stale_if_match_is_refused()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        Assert.True(Supported(await scim.GetAsync("/ServiceProviderConfig"), "etag"));

        var created = await scim.PostAsync("/Users", OktaUser("ann@acme.com"));
        var id = created.Str("id");
        var first = created.Headers.ETag!.ToString();
        var updated = await scim.PutAsync($"/Users/{id}", OktaUser("ann@acme.com", title: "v2"));
        Assert.NotEqual(first, updated.Headers.ETag!.ToString());

        var stale = await scim.SendAsync(HttpMethod.Put, $"/Users/{id}", OktaUser("ann@acme.com", title: "v3"),
            r => r.Headers.TryAddWithoutValidation("If-Match", first));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        var current = await scim.SendAsync(HttpMethod.Put, $"/Users/{id}", OktaUser("ann@acme.com", title: "v3"),
            r => r.Headers.TryAddWithoutValidation("If-Match", updated.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, current.Status);
    }

    [Fact]
    public async Task Patch_and_sort_are_advertised_and_work()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        var config = await scim.GetAsync("/ServiceProviderConfig");
        Assert.True(Supported(config, "patch"));
        Assert.True(Supported(config, "sort"));

        var id = (await scim.PostAsync("/Users", OktaUser("ann@acme.com", externalId: "ann"))).Str("id");
        await scim.PostAsync("/Users", OktaUser("bo@acme.com", externalId: "bo"));
        var patched = await scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","path":"title","value":"Lead"}"""));
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Lead", (await scim.GetAsync($"/Users/{id}")).Str("title"));

        var sorted = (await scim.GetAsync("/Users?sortBy=userName&sortOrder=descending")).Json;
        Assert.Equal(["bo@acme.com", "ann@acme.com"], Resources(sorted).Select(r => r.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task Bulk_and_change_password_are_ruled_out_and_the_server_has_neither()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        var config = await scim.GetAsync("/ServiceProviderConfig");
        Assert.False(Supported(config, "bulk"));
        Assert.False(Supported(config, "changePassword"));

        // RFC 7644 §3.7: the bulk endpoint is /Bulk; a server without bulk says so with 501, not a 404 that reads like a
        // wrong Base URL.
        var bulk = await scim.PostAsync("/Bulk", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:BulkRequest"],"Operations":[]}""");
        Assert.Equal(HttpStatusCode.NotImplemented, bulk.Status);

        // With no password attribute in the User schema there is nothing a client could change.
        var user = (await scim.GetAsync("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User")).Json;
        Assert.DoesNotContain("password", user.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_only_authentication_scheme_is_the_bearer_token_the_server_checks()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        var config = await scim.GetAsync("/ServiceProviderConfig");

        var scheme = Assert.Single(config.Json.GetProperty("authenticationSchemes").EnumerateArray());
        Assert.Equal("oauthbearertoken", scheme.GetProperty("type").GetString());
        Assert.True(scheme.GetProperty("primary").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await scim.SendAsync(HttpMethod.Get, "/Users", null, bearer: "cst_wrong")).Status);
    }

    private static bool Supported(ScimResponse config, string feature) =>
        config.Json.GetProperty(feature).GetProperty("supported").GetBoolean();

    private static IEnumerable<JsonElement> Resources(JsonElement list) => list.GetProperty("Resources").EnumerateArray();
}

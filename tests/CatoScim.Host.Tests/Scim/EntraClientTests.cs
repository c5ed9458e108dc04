using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>The request shapes of Microsoft Entra ID's provisioning service.</summary>
public sealed class EntraClientTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync(provider: "Entra");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Test_connection_filters_on_a_random_guid()
    {
        var response = await _scim.GetAsync($"/Users?filter={Filter($"userName eq \"{Guid.NewGuid()}\"")}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(0, response.Json.GetProperty("totalResults").GetInt32());
        Assert.Empty(response.Json.GetProperty("Resources").EnumerateArray());
    }

    [Fact]
    public async Task Provision_patch_every_entra_shape_and_delete()
    {
        var created = await _scim.PostAsync("/Users", EntraUser("bo.diaz@contoso.com", "8f0e1a2b-entra"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id")!;
        var enterprise = created.Json.GetProperty(Enterprise);
        Assert.Equal("E-17", enterprise.GetProperty("employeeNumber").GetString());
        Assert.Equal("EMEA", enterprise.GetProperty("division").GetString());

        var byExternalId = await _scim.GetAsync($"/Users?filter={Filter("externalId eq \"8f0e1a2b-entra\"")}");
        Assert.Equal(1, byExternalId.Json.GetProperty("totalResults").GetInt32());
        Assert.Equal(0, (await _scim.GetAsync($"/Users?filter={Filter("externalId eq \"8F0E1A2B-ENTRA\"")}")).Json.GetProperty("totalResults").GetInt32());

        var patched = await _scim.PatchAsync($"/Users/{id}", Patch(
            """{"op":"Replace","path":"displayName","value":"Bo M. Diaz"}""",
            """{"op":"Add","path":"emails[type eq \"work\"].value","value":"bo.m.diaz@contoso.com"}""",
            """{"op":"Add","path":"phoneNumbers[type eq \"work\"].value","value":"+44 20 7946 0000"}""",
            $$"""{"op":"Replace","path":"{{Enterprise}}:department","value":"Sales"}""",
            """{"op":"Replace","value":{"name.givenName":"Bob","name.familyName":"Diaz-Moreno"}}"""));
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Bo M. Diaz", patched.Str("displayName"));
        Assert.Equal("bo.m.diaz@contoso.com", patched.Json.GetProperty("emails")[0].GetProperty("value").GetString());
        Assert.Equal("+44 20 7946 0000", patched.Json.GetProperty("phoneNumbers")[0].GetProperty("value").GetString());
        Assert.Equal("Sales", patched.Json.GetProperty(Enterprise).GetProperty("department").GetString());
        Assert.Equal("Bob", patched.Json.GetProperty("name").GetProperty("givenName").GetString());
        Assert.Equal("Diaz-Moreno", patched.Json.GetProperty("name").GetProperty("familyName").GetString());

        var disabled = await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"Replace","path":"active","value":"False"}"""));
        Assert.False(disabled.Json.GetProperty("active").GetBoolean());
        var minimal = await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"Replace","path":"active","value":"True"}"""),
            r => r.Headers.Add("Prefer", "return=minimal"));
        Assert.Equal(HttpStatusCode.NoContent, minimal.Status);

        Assert.Equal(HttpStatusCode.NoContent, (await _scim.DeleteAsync($"/Users/{id}")).Status);
        var gone = await _scim.GetAsync($"/Users/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("404", gone.Str("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await _scim.DeleteAsync($"/Users/{id}")).Status);

        // A later POST of the same userName re-links and re-activates the same user.
        var relinked = await _scim.PostAsync("/Users", EntraUser("BO.DIAZ@contoso.com", "8f0e1a2b-entra"));
        Assert.Equal(HttpStatusCode.Created, relinked.Status);
        Assert.Equal(id, relinked.Str("id"));
        Assert.True(relinked.Json.GetProperty("active").GetBoolean());
        Assert.Equal("BO.DIAZ@contoso.com", relinked.Str("userName"));
    }

    [Fact]
    public async Task Discovery_describes_what_is_implemented()
    {
        var config = await _scim.GetAsync("/ServiceProviderConfig");
        Assert.True(config.Json.GetProperty("patch").GetProperty("supported").GetBoolean());
        Assert.False(config.Json.GetProperty("bulk").GetProperty("supported").GetBoolean());
        Assert.Equal(500, config.Json.GetProperty("filter").GetProperty("maxResults").GetInt32());
        Assert.Equal(2, (await _scim.GetAsync("/ResourceTypes")).Json.GetProperty("totalResults").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _scim.GetAsync("/ResourceTypes/User")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _scim.GetAsync($"/Schemas/{Enterprise}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _scim.GetAsync("/Schemas/urn:nope")).Status);
    }
}

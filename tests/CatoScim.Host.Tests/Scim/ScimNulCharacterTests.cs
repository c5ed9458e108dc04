using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Scim.Protocol;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// An escaped NUL (`\u0000`) is valid JSON but cuts a value short in C APIs, LDAP and mail headers; a hostile-client
/// probe stored one in a group's displayName. Anywhere in a body, name or value, it is now a 400 invalidValue.
/// </summary>
public sealed class ScimNulCharacterTests : IAsyncLifetime
{
    private const string CoreGroup = ScimConstants.GroupSchema;

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_nul_in_a_group_displayName_is_400_invalidValue_and_no_group_is_created()
    {
        var response = await _scim.PostAsync("/Groups", $$"""{"schemas":["{{CoreGroup}}"],"displayName":"Eng\u0000ineering"}""");

        AssertInvalidValue(response, "\"displayName\"");
        Assert.Equal(0, (await _scim.GetAsync("/Groups")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task A_nul_in_an_attribute_name_is_400_invalidValue_and_no_user_is_created()
    {
        var response = await _scim.PostAsync("/Users", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"bo@acme.com","nick\u0000Name":"Bo"}
            """);

        AssertInvalidValue(response, "\"nick\\u0000Name\"");
        Assert.Equal(0, (await _scim.GetAsync("/Users")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task A_nul_in_a_user_put_is_400_invalidValue_and_the_user_is_unchanged()
    {
        var id = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");

        var response = await _scim.PutAsync($"/Users/{id}", OktaUser("ann@acme.com", title: "Lead\\u0000"));

        AssertInvalidValue(response, "\"title\"");
        Assert.Equal("Engineer", (await _scim.GetAsync($"/Users/{id}")).Str("title"));
    }

    [Fact]
    public async Task A_nul_in_a_patch_value_is_400_invalidValue_and_the_group_keeps_its_name()
    {
        var id = (await _scim.PostAsync("/Groups", ScimGroupData.Group("Eng"))).Str("id");

        var response = await _scim.PatchAsync($"/Groups/{id}", Patch("""{"op":"replace","path":"displayName","value":"Ops\u0000"}"""));

        AssertInvalidValue(response, "\"value\"");
        Assert.Equal("Eng", (await _scim.GetAsync($"/Groups/{id}")).Str("displayName"));
    }

    private static void AssertInvalidValue(ScimResponse response, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidValue", response.Str("scimType"));
        Assert.Contains(detailMentions, response.Str("detail"), StringComparison.Ordinal);
    }
}

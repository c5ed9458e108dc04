using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Scim.Protocol;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// Attribute names are case-insensitive (RFC 7643 §2.1), so an object naming one twice in two casings is ambiguous.
/// Such bodies were stored with whichever spelling a reader happened to find first; now they are a 400 at any depth.
/// </summary>
public sealed class ScimRepeatedKeyTests : IAsyncLifetime
{
    private const string CoreUser = ScimConstants.UserSchema;

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("""{"USERNAME":"cy@acme.com"}""", "USERNAME")]
    [InlineData("""{"name":{"givenName":"Bo","GivenName":"Cy"}}""", "GivenName")]
    [InlineData("""{"emails":[{"value":"bo@acme.com","Value":"cy@acme.com","primary":true}]}""", "Value")]
    [InlineData($$$"""{"{{{Enterprise}}}":{"department":"R&D","Department":"Sales"}}""", "Department")]
    public async Task A_key_repeated_in_another_casing_at_any_depth_is_400_invalidSyntax_naming_it_and_nothing_is_created(string extra, string key)
    {
        // `extra` is an object whose members are appended to an otherwise valid user.
        var body = $$"""{"schemas":["{{CoreUser}}","{{Enterprise}}"],"userName":"bo@acme.com",""" + extra[1..];

        var response = await _scim.PostAsync("/Users", body);

        AssertInvalidSyntax(response, $"\"{key}\"");
        var found = await _scim.GetAsync($"/Users?filter={Filter("userName eq \"bo@acme.com\"")}");
        Assert.Equal(0, found.Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task A_group_put_naming_displayName_in_two_casings_is_400_and_the_group_is_unchanged()
    {
        var id = (await _scim.PostAsync("/Groups", ScimGroupData.Group("Eng"))).Str("id");

        var response = await _scim.PutAsync($"/Groups/{id}", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Eng v2","DisplayName":"Ops"}
            """);

        AssertInvalidSyntax(response, "\"DisplayName\"");
        Assert.Equal("Eng", (await _scim.GetAsync($"/Groups/{id}")).Str("displayName"));
    }

    [Fact]
    public async Task A_patch_value_naming_title_in_two_casings_is_400_and_the_user_is_unchanged()
    {
        var id = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");

        var response = await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"title":"Lead","TITLE":"Staff"}}"""));

        AssertInvalidSyntax(response, "\"TITLE\"");
        Assert.Equal("Engineer", (await _scim.GetAsync($"/Users/{id}")).Str("title"));
    }

    private static void AssertInvalidSyntax(ScimResponse response, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidSyntax", response.Str("scimType"));
        Assert.Contains(detailMentions, response.Str("detail"), StringComparison.Ordinal);
    }
}

using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Scim.Protocol;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// RFC 7643 §3 and RFC 7644 §3.3: a POST or PUT body lists its resource type's core schema URN. A body without
/// `schemas`, or one of the other resource type, was stored: a User body POSTed to /Groups made a group of its name.
/// </summary>
public sealed class ScimResourceSchemaTests : IAsyncLifetime
{
    private const string CoreUser = ScimConstants.UserSchema;
    private const string CoreGroup = ScimConstants.GroupSchema;
    private const string OktaCustom = "urn:okta:onprem_app:1.0:user:custom";

    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_user_posted_without_schemas_is_400_invalidSyntax_and_nothing_is_created()
    {
        var response = await _scim.PostAsync("/Users", """{"userName":"bo@acme.com","emails":[{"value":"bo@acme.com","primary":true}]}""");

        AssertInvalidSyntax(response, "no \"schemas\"");
        Assert.Equal(0, await UsersNamedAsync("bo@acme.com"));
    }

    [Theory]
    [InlineData($"\"{CoreUser}\"")]
    [InlineData($"[\"{CoreUser}\",5]")]
    [InlineData($"{{\"{CoreUser}\":true}}")]
    public async Task Schemas_that_are_not_an_array_of_strings_are_400_invalidSyntax_and_nothing_is_created(string schemas)
    {
        var response = await _scim.PostAsync("/Users", $$"""{"schemas":{{schemas}},"userName":"bo@acme.com"}""");

        AssertInvalidSyntax(response, "array of schema URNs");
        Assert.Equal(0, await UsersNamedAsync("bo@acme.com"));
    }

    [Fact]
    public async Task A_group_body_posted_to_users_is_400_naming_the_user_urn_and_nothing_is_created()
    {
        var response = await _scim.PostAsync("/Users", $$"""{"schemas":["{{CoreGroup}}"],"displayName":"Eng","userName":"bo@acme.com"}""");

        AssertInvalidSyntax(response, $"lists \"{CoreGroup}\" but not \"{CoreUser}\"");
        Assert.Equal(0, await UsersNamedAsync("bo@acme.com"));
    }

    [Fact]
    public async Task A_user_body_posted_to_groups_is_400_naming_the_group_urn_and_no_group_is_created()
    {
        var response = await _scim.PostAsync("/Groups", OktaUser("ann@acme.com"));

        AssertInvalidSyntax(response, $"but not \"{CoreGroup}\"");
        Assert.Equal(0, (await _scim.GetAsync("/Groups")).Json.GetProperty("totalResults").GetInt32());
    }

    [Fact]
    public async Task A_user_put_without_schemas_is_400_and_the_user_is_unchanged()
    {
        var id = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");

        var response = await _scim.PutAsync($"/Users/{id}", """{"userName":"ann@acme.com","title":"Lead"}""");

        AssertInvalidSyntax(response, "no \"schemas\"");
        Assert.Equal("Engineer", (await _scim.GetAsync($"/Users/{id}")).Str("title"));
    }

    [Fact]
    public async Task A_group_put_with_the_user_schema_is_400_and_the_group_is_unchanged()
    {
        var id = (await _scim.PostAsync("/Groups", ScimGroupData.Group("Eng"))).Str("id");

        var response = await _scim.PutAsync($"/Groups/{id}", $$"""{"schemas":["{{CoreUser}}"],"displayName":"Eng v2"}""");

        AssertInvalidSyntax(response, $"but not \"{CoreGroup}\"");
        Assert.Equal("Eng", (await _scim.GetAsync($"/Groups/{id}")).Str("displayName"));
    }

    [Fact]
    public async Task An_okta_custom_extension_urn_is_refused_alone_and_accepted_beside_the_core_urn()
    {
        var alone = await _scim.PostAsync("/Users", WithCustomExtension($"[\"{OktaCustom}\"]"));
        AssertInvalidSyntax(alone, $"but not \"{CoreUser}\"");
        Assert.Equal(0, await UsersNamedAsync("bo@acme.com"));

        var beside = await _scim.PostAsync("/Users", WithCustomExtension($"[\"{CoreUser}\",\"{OktaCustom}\"]"));
        Assert.Equal(HttpStatusCode.Created, beside.Status);
        Assert.Equal(1, await UsersNamedAsync("bo@acme.com"));
    }

    private static string WithCustomExtension(string schemas) =>
        $$$"""{"schemas":{{{schemas}}},"userName":"bo@acme.com","{{{OktaCustom}}}":{"badge":"7"}}""";

    private async Task<int> UsersNamedAsync(string userName) =>
        (await _scim.GetAsync($"/Users?filter={Filter($"userName eq \"{userName}\"")}")).Json.GetProperty("totalResults").GetInt32();

    private static void AssertInvalidSyntax(ScimResponse response, string detailMentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("invalidSyntax", response.Str("scimType"));
        Assert.Contains(detailMentions, response.Str("detail"), StringComparison.Ordinal);
    }
}

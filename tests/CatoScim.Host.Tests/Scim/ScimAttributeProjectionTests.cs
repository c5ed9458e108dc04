using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>RFC 7644 §3.4.2.5 and §3.9: `attributes` and `excludedAttributes` name sub-attributes too, on GETs and lists.</summary>
public sealed class ScimAttributeProjectionTests : IAsyncLifetime
{
    private const string Schemas = $$"""["urn:ietf:params:scim:schemas:core:2.0:User","{{Enterprise}}"]""";
    private readonly CatoScimFactory _factory = new();
    private ScimTestClient _scim = null!;
    private string _ann = "";

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        _ann = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id")!;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    // `password` is `returned: never` (RFC 7643 §4.1.1): naming it adds nothing.
    [Theory]
    [InlineData("emails.value")]
    [InlineData("EMAILS.Value")]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:User:emails.value")]
    [InlineData("password,emails.value")]
    public async Task Attributes_naming_emails_value_return_each_emails_value_and_only_id_and_schemas_besides(string attributes)
    {
        var expected = $$"""{"schemas":{{Schemas}},"id":"{{_ann}}","emails":[{"value":"ann@acme.com"}]}""";

        AssertJson(expected, (await _scim.GetAsync($"/Users/{_ann}?attributes={Uri.EscapeDataString(attributes)}")).Json);
        var list = await _scim.GetAsync($"/Users?filter={Filter("userName eq \"ann@acme.com\"")}&attributes={Uri.EscapeDataString(attributes)}");
        AssertJson(expected, Assert.Single(list.Json.GetProperty("Resources").EnumerateArray()));
    }

    [Fact]
    public async Task Attributes_name_sub_attributes_of_a_complex_a_multi_valued_and_an_extension_attribute_at_once()
    {
        var only = await _scim.GetAsync($"/Users/{_ann}?attributes=NAME.givenname,phoneNumbers.TYPE,{Enterprise}:department");

        AssertJson(
            $$$"""{"schemas":{{{Schemas}}},"id":"{{{_ann}}}","name":{"givenName":"Ann"},"phoneNumbers":[{"type":"work"}],"{{{Enterprise}}}":{"department":"R&D"}}""",
            only.Json);
    }

    [Fact]
    public async Task ExcludedAttributes_with_sub_attributes_drop_just_those_from_every_value_and_never_id_or_schemas()
    {
        var user = (await _scim.GetAsync($"/Users/{_ann}?excludedAttributes=emails.type,phoneNumbers.primary,id,schemas")).Json;

        AssertJson("""[{"value":"ann@acme.com","primary":true}]""", user.GetProperty("emails"));
        AssertJson("""[{"value":"+1 555 0100","type":"work"}]""", user.GetProperty("phoneNumbers"));
        Assert.Equal(_ann, user.GetProperty("id").GetString());
        AssertJson(Schemas, user.GetProperty("schemas"));
        Assert.Equal("ann@acme.com", user.GetProperty("userName").GetString());
        Assert.True(user.TryGetProperty("meta", out _));
    }

    [Fact]
    public async Task The_enterprise_urn_names_its_whole_extension_and_urn_qualified_sub_attribute_paths_reach_two_levels_down()
    {
        var whole = await _scim.GetAsync($"/Users/{_ann}?attributes={Enterprise}");
        AssertJson($$$"""{"schemas":{{{Schemas}}},"id":"{{{_ann}}}","{{{Enterprise}}}":{"department":"R&D"}}""", whole.Json);

        // manager is not kept here, so asking for only its value leaves nothing of the extension, not an empty object.
        var manager = await _scim.GetAsync($"/Users/{_ann}?attributes={Enterprise}:manager.value");
        AssertJson($$"""{"schemas":{{Schemas}},"id":"{{_ann}}"}""", manager.Json);
        var withoutManager = await _scim.GetAsync($"/Users/{_ann}?excludedAttributes={Enterprise}:manager.value");
        AssertJson("""{"department":"R&D"}""", withoutManager.Json.GetProperty(Enterprise));
    }

    [Fact]
    public async Task Members_and_groups_sub_attributes_select_within_every_member_and_every_group()
    {
        var users = await _factory.SeedUsersAsync(_scim, 2);
        var group = (await _scim.PostAsync("/Groups", Group("Eng", [.. users, Guid.Parse(_ann)]))).Str("id")!;
        var expected = users.Append(Guid.Parse(_ann)).Select(u => $$"""{"value":"{{u}}"}""").Order().ToList();
        static IEnumerable<string> MembersOf(JsonElement group) => group.GetProperty("members").EnumerateArray().Select(m => m.GetRawText()).Order();

        var byId = await _scim.GetAsync($"/Groups/{group}?attributes=members.value");
        Assert.Equal(["schemas", "id", "members"], byId.Json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(expected, MembersOf(byId.Json));
        var listed = Assert.Single((await _scim.GetAsync("/Groups?attributes=urn:ietf:params:scim:schemas:core:2.0:Group:members.value")).Json
            .GetProperty("Resources").EnumerateArray());
        Assert.Equal(expected, MembersOf(listed));

        var withoutDisplay = await _scim.GetAsync($"/Groups/{group}?excludedAttributes=members.display,members.$ref");
        Assert.All(withoutDisplay.Json.GetProperty("members").EnumerateArray(), m => Assert.Equal(["value", "type"], m.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("Eng", withoutDisplay.Str("displayName"));

        var groups = await _scim.GetAsync($"/Users/{_ann}?attributes=groups.display");
        AssertJson($$"""{"schemas":{{Schemas}},"id":"{{_ann}}","groups":[{"display":"Eng"}]}""", groups.Json);
    }

    private static void AssertJson(string expected, JsonElement actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual.GetRawText())), $"expected {expected}\n     got {actual.GetRawText()}");
}

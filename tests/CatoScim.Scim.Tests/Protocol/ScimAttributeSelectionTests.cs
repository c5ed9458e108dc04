using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using CatoScim.Scim.Tests.Patch;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>RFC 7644 §3.4.2.5 `attributes` and `excludedAttributes`.</summary>
public sealed class ScimAttributeSelectionTests
{
    private const string Resource = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1","userName":"ann","title":"Lead",
         "name":{"givenName":"Ann","familyName":"Lee"},
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D","costCenter":"7"}}
        """;

    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private const string Contacts = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1","name":{"givenName":"Ann","familyName":"Lee"},
         "emails":[{"value":"a@x.io","type":"work","primary":true},{"value":"b@x.io","type":"home"}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D","manager":{"value":"9","displayName":"Bo"}},
         "meta":{"resourceType":"User","version":"W/\"1\""}}
        """;

    [Fact]
    public void A_list_of_thousands_of_names_selects_exactly_like_a_short_one()
    {
        var noise = string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"x{i}.y"));
        var only = ScimAttributeSelection.Parse($"{noise},userName,name.givenName", $"{noise},name.familyName");
        var excluded = ScimAttributeSelection.Parse(null, $"{noise},title,name.familyName");

        Assert.Equal(
            ScimAttributeSelection.Parse("userName,name.givenName", null).Apply(Parse()).ToJsonString(),
            only.Apply(Parse()).ToJsonString());
        Assert.Equal(ScimAttributeSelection.Parse(null, "title,name.familyName").Apply(Parse()).ToJsonString(), excluded.Apply(Parse()).ToJsonString());
        Assert.False(excluded.Wants("title"));
        Assert.True(excluded.Wants("name"));
    }

    [Fact]
    public void Attributes_keeps_only_the_named_ones_and_always_id_and_schemas()
    {
        var result = ScimAttributeSelection.Parse("userName,name.givenName", null).Apply(Parse());

        PatchTestHelpers.AssertJson(
            """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1","userName":"ann","name":{"givenName":"Ann"}}""", result);
    }

    [Fact]
    public void Core_urn_qualified_names_are_plain_names_and_extension_names_keep_their_urn()
    {
        var selection = ScimAttributeSelection.Parse(
            "urn:ietf:params:scim:schemas:core:2.0:User:title,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", null);

        var result = selection.Apply(Parse());

        Assert.Equal(["schemas", "id", "title", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"], result.Select(p => p.Key));
        PatchTestHelpers.AssertJson("""{"department":"R&D"}""", result["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]!);
    }

    [Fact]
    public void Excluded_attributes_go_but_id_and_schemas_stay()
    {
        var result = ScimAttributeSelection.Parse(null, "TITLE, name.familyName, id, schemas").Apply(Parse());

        Assert.Equal(["schemas", "id", "userName", "name", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"], result.Select(p => p.Key));
        PatchTestHelpers.AssertJson("""{"givenName":"Ann"}""", result["name"]!);
    }

    [Fact]
    public void Wants_tells_whether_to_load_an_attribute_at_all()
    {
        Assert.True(ScimAttributeSelection.All.Wants("members"));
        Assert.False(ScimAttributeSelection.Parse("displayName", null).Wants("members"));
        Assert.False(ScimAttributeSelection.Parse(null, "members").Wants("Members"));
        Assert.True(ScimAttributeSelection.Parse(null, "members.display").Wants("members"));
    }

    [Fact]
    public void Sub_attributes_of_a_multi_valued_attribute_select_within_every_value()
    {
        var only = ScimAttributeSelection.Parse("emails.value", null).Apply(Parse(Contacts));
        var excluded = ScimAttributeSelection.Parse(null, "Emails.TYPE").Apply(Parse(Contacts));

        PatchTestHelpers.AssertJson("""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1","emails":[{"value":"a@x.io"},{"value":"b@x.io"}]}""", only);
        PatchTestHelpers.AssertJson("""[{"value":"a@x.io","primary":true},{"value":"b@x.io"}]""", excluded["emails"]!);
        Assert.Equal(["schemas", "id", "name", "emails", Enterprise, "meta"], excluded.Select(p => p.Key));
    }

    [Fact]
    public void A_selection_that_leaves_a_complex_value_empty_drops_the_attribute()
    {
        Assert.Equal(["schemas", "id"], ScimAttributeSelection.Parse("name.middleName,emails.display", null).Apply(Parse(Contacts)).Select(p => p.Key));
        Assert.Equal(["schemas", "id", Enterprise, "meta"], ScimAttributeSelection.Parse(null, "name.givenName,name.familyName,emails.value,emails.type,emails.primary")
            .Apply(Parse(Contacts)).Select(p => p.Key));
    }

    [Fact]
    public void The_enterprise_urn_alone_names_the_whole_extension_and_a_urn_qualified_path_reaches_two_levels_down()
    {
        var whole = ScimAttributeSelection.Parse(Enterprise, null).Apply(Parse(Contacts));
        var manager = ScimAttributeSelection.Parse($"{Enterprise}:manager.value", null).Apply(Parse(Contacts));
        var excluded = ScimAttributeSelection.Parse(null, $"{Enterprise.ToUpperInvariant()}:MANAGER.displayName").Apply(Parse(Contacts));

        PatchTestHelpers.AssertJson("""{"department":"R&D","manager":{"value":"9","displayName":"Bo"}}""", whole[Enterprise]!);
        PatchTestHelpers.AssertJson("""{"manager":{"value":"9"}}""", manager[Enterprise]!);
        PatchTestHelpers.AssertJson("""{"department":"R&D","manager":{"value":"9"}}""", excluded[Enterprise]!);
    }

    [Fact]
    public void Without_either_list_the_selection_is_the_shared_one_and_leaves_the_resource_as_rendered()
    {
        var resource = Parse(Contacts);

        Assert.Same(ScimAttributeSelection.All, ScimAttributeSelection.Parse(null, null));
        Assert.Same(ScimAttributeSelection.All, ScimAttributeSelection.Parse("", " , "));
        Assert.Same(resource, ScimAttributeSelection.All.Apply(resource));
        PatchTestHelpers.AssertJson(Contacts, resource);
    }

    private static JsonObject Parse(string json = Resource) => JsonNode.Parse(json)!.AsObject();
}

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

    private static JsonObject Parse() => JsonNode.Parse(Resource)!.AsObject();
}

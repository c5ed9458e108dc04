using System.Text.Json.Nodes;
using static CatoScim.Scim.Tests.Patch.PatchTestHelpers;

namespace CatoScim.Scim.Tests.Patch;

/// <summary>The shapes Okta and Entra ID send, plus the RFC 7644 §3.5.2 rules they depend on.</summary>
public sealed class ScimPatchTests
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private const string User = """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u1","userName":"a@b.com","active":true,
         "name":{"givenName":"Ann","familyName":"Lee"},"meta":{"resourceType":"User"}}
        """;

    private const string Group = """
        {"id":"g1","displayName":"Admins","members":[{"value":"m1"},{"value":"m2"}]}
        """;

    [Fact]
    public void Okta_deactivates_with_a_pathless_replace()
    {
        var result = Apply(User, """{"op":"replace","value":{"active":false}}""");
        Assert.False((bool)result["active"]!);
    }

    [Fact]
    public void Entra_capitalised_op_and_string_boolean_are_left_for_the_caller_to_coerce()
    {
        var result = Apply(User, """{"op":"Replace","path":"active","value":"False"}""");
        Assert.Equal("False", (string)result["active"]!);
    }

    [Fact]
    public void Entra_adds_a_work_email_to_a_user_without_emails_by_filter()
    {
        var result = Apply(User, """{"op":"Add","path":"emails[type eq \"work\"].value","value":"x@y.com"}""");
        AssertJson("""[{"type":"work","value":"x@y.com","primary":true}]""", result["emails"]!);
    }

    [Fact]
    public void Work_phone_is_added_beside_a_home_phone_without_becoming_primary()
    {
        var result = Apply("""{"phoneNumbers":[{"type":"home","value":"1"}]}""",
            """{"op":"replace","path":"phoneNumbers[type eq \"work\"].value","value":"2"}""");
        AssertJson("""[{"type":"home","value":"1"},{"type":"work","value":"2"}]""", result["phoneNumbers"]!);
    }

    [Fact]
    public void Entra_pathless_replace_with_dotted_and_urn_keys()
    {
        var result = Apply(User, $$$"""{"op":"replace","value":{"name.givenName":"A","{{{Enterprise}}}:department":"Sales"}}""");
        AssertJson("""{"givenName":"A","familyName":"Lee"}""", result["name"]!);
        AssertJson("""{"department":"Sales"}""", result[Enterprise]!);
    }

    [Fact]
    public void Pathless_extension_object_merges_into_the_existing_extension()
    {
        var resource = $$$"""{"{{{Enterprise}}}":{"department":"Ops","costCenter":"7"}}""";
        var result = Apply(resource, $$$$"""{"op":"add","value":{"{{{{Enterprise}}}}":{"department":"Sales"}}}""");
        AssertJson("""{"department":"Sales","costCenter":"7"}""", result[Enterprise]!);
    }

    [Fact]
    public void Urn_path_creates_and_removes_extension_attributes()
    {
        var added = Apply(User, $$"""{"op":"replace","path":"{{Enterprise}}:manager.value","value":"boss"}""");
        var removed = Apply(User, $$"""{"op":"remove","path":"{{Enterprise}}:department"}""");

        AssertJson("""{"manager":{"value":"boss"}}""", added[Enterprise]!);
        AssertJson(User, removed);
    }

    [Fact]
    public void Okta_group_rename_ignores_the_id_it_sends_along()
    {
        var result = Apply(Group, """{"op":"replace","value":{"id":"g1","displayName":"Renamed"}}""");
        Assert.Equal("Renamed", (string)result["displayName"]!);
        Assert.Equal("g1", (string)result["id"]!);
    }

    [Theory]
    [InlineData("""{"op":"remove","path":"members[value eq \"m1\"]"}""", """[{"value":"m2"}]""")]
    [InlineData("""{"op":"Remove","path":"members","value":[{"value":"M2"}]}""", """[{"value":"m1"}]""")]
    [InlineData("""{"op":"remove","path":"members[value eq \"nobody\"]"}""", """[{"value":"m1"},{"value":"m2"}]""")]
    [InlineData("""{"op":"add","path":"members","value":[{"value":"m2"},{"value":"m3"}]}""", """[{"value":"m1"},{"value":"m2"},{"value":"m3"}]""")]
    [InlineData("""{"op":"replace","path":"members","value":[{"value":"m9"}]}""", """[{"value":"m9"}]""")]
    [InlineData("""{"op":"replace","path":"members","value":[]}""", "[]")]
    public void Member_operations(string operation, string expectedMembers)
    {
        var result = Apply(Group, operation);
        AssertJson(expectedMembers, result["members"] ?? new JsonArray());
    }

    [Fact]
    public void Removing_members_without_filter_or_value_removes_all()
    {
        Assert.Null(Apply(Group, """{"op":"remove","path":"members"}""")["members"]);
    }

    [Fact]
    public void Attribute_names_match_case_insensitively_and_keep_the_resource_casing()
    {
        var result = Apply(User, """{"op":"replace","path":"USERNAME","value":"x"}""", """{"op":"add","path":"NickName","value":"n"}""");
        Assert.Equal("x", (string)result["userName"]!);
        Assert.Null(result["USERNAME"]);
        Assert.Equal("n", (string)result["NickName"]!);
    }

    [Fact]
    public void Replace_of_a_complex_attribute_merges()
    {
        var result = Apply(User, """{"op":"replace","path":"name","value":{"formatted":"Ann Lee"}}""");
        AssertJson("""{"givenName":"Ann","familyName":"Lee","formatted":"Ann Lee"}""", result["name"]!);
    }

    [Fact]
    public void Sub_attribute_path_into_a_missing_complex_attribute_creates_it()
    {
        var result = Apply("""{"userName":"a"}""", """{"op":"replace","path":"name.familyName","value":"Lee"}""");
        AssertJson("""{"familyName":"Lee"}""", result["name"]!);
    }

    [Fact]
    public void Remove_of_a_single_valued_attribute_makes_it_absent()
    {
        var result = Apply(User, """{"op":"remove","path":"name.givenName"}""", """{"op":"remove","path":"active"}""");
        Assert.Null(result["active"]);
        AssertJson("""{"familyName":"Lee"}""", result["name"]!);
    }
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Tests.Patch.PatchTestHelpers;

namespace CatoScim.Scim.Tests.Hostile;

/// <summary>PATCH caps, and multi-valued adds and removes whose cost grows with what the request names, not its square.</summary>
public sealed class ScimPatchLimitTests
{
    private const string User = """{"id":"u1","userName":"a@b.com","emails":[{"value":"a@b.com","type":"work","primary":true}]}""";

    [Fact]
    public void More_operations_than_the_cap_is_invalidValue()
    {
        var limits = ScimLimits.Default with { MaxPatchOperations = 3 };
        Assert.Equal(3, Parse(Ops(3), limits).Operations.Count);
        var error = Assert.Throws<ScimPatchException>(() => Parse(Ops(4), limits));
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("at most 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_of_a_pathless_value_are_parsed_under_the_request_limits()
    {
        var limits = ScimLimits.Default with { MaxPathLength = 12 };
        var request = ScimPatchRequest.Parse(JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"name.familyName":"Lovelace"}}]}
            """), limits);
        var error = Assert.Throws<ScimPatchException>(() => request.ApplyTo(JsonNode.Parse(User)!.AsObject()));
        Assert.Equal(ScimErrorType.InvalidPath, error.ScimType);

        var defaults = ScimPatchRequest.Parse(JsonNode.Parse("""
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"name.familyName":"Lovelace"}}]}
            """));
        Assert.Equal("Lovelace", defaults.ApplyTo(JsonNode.Parse(User)!.AsObject())["name"]!["familyName"]!.GetValue<string>());
    }

    [Fact]
    public void More_values_in_one_operation_than_the_cap_is_invalidValue_counting_nested_arrays()
    {
        var limits = ScimLimits.Default with { MaxPatchValues = 4 };
        Assert.Single(Parse([$$"""{"op":"add","path":"emails","value":{{Emails(4)}}}"""], limits).Operations);
        Assert.Equal(ScimErrorType.InvalidValue, Assert.Throws<ScimPatchException>(() =>
            Parse([$$"""{"op":"add","path":"emails","value":{{Emails(5)}}}"""], limits)).ScimType);
        Assert.Equal(ScimErrorType.InvalidValue, Assert.Throws<ScimPatchException>(() =>
            Parse([$$$"""{"op":"add","value":{"emails":{{{Emails(3)}}},"phoneNumbers":{{{Emails(2)}}}}}"""], limits)).ScimType);
    }

    [Fact]
    public void Adding_ten_thousand_emails_at_the_cap_keeps_each_distinct_value_once()
    {
        var values = string.Join(",", Enumerable.Range(0, 9_999).Select(i => $$"""{"value":"U{{i % 5_000}}@X.COM","type":"work"}"""));
        var result = Apply(User, $$"""{"op":"add","path":"emails","value":[{{values}},{"value":"a@B.com","type":"WORK"}]}""");
        var emails = result["emails"]!.AsArray();
        Assert.Equal(5_001, emails.Count);
        Assert.Equal("a@b.com", (string)emails[0]!["value"]!);
    }

    [Fact]
    public void Removing_ten_thousand_members_by_value_removes_exactly_those()
    {
        var group = $$"""{"id":"g1","members":[{{string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"value":"m{{i}}","display":"M"}"""))}}]}""";
        var removed = string.Join(",", Enumerable.Range(0, 10_000).Where(i => i % 2 == 0).Select(i => $$"""{"value":"M{{i}}"}"""));
        var result = Apply(group, $$"""{"op":"remove","path":"members","value":[{{removed}}]}""");
        var left = result["members"]!.AsArray();
        Assert.Equal(5_000, left.Count);
        Assert.All(left, m => Assert.True(int.Parse(((string)m!["value"]!)[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1));
    }

    [Fact]
    public void Remove_patterns_keep_their_meaning_a_null_key_means_absent_and_scalars_match_scalars()
    {
        var result = Apply("""{"emails":[{"value":"a","type":"work"},{"value":"a"},{"value":"b","type":"home"}],"tags":["x","Y","z"]}""",
            """{"op":"remove","path":"emails","value":[{"value":"A","type":null},{"type":"HOME"}]}""",
            """{"op":"remove","path":"tags","value":["y","x"]}""");
        AssertJson("""[{"value":"a","type":"work"}]""", result["emails"]!);
        AssertJson("""["z"]""", result["tags"]!);
    }

    [Fact]
    public void Removing_by_a_filter_removes_every_match_in_one_pass()
    {
        var group = $$"""{"members":[{{string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"value":"m{{i}}","type":"{{(i % 2 == 0 ? "even" : "odd")}}"}"""))}}]}""";
        var result = Apply(group, """{"op":"remove","path":"members[type eq \"even\"]"}""");
        Assert.Equal(5_000, result["members"]!.AsArray().Count);
    }

    [Fact]
    public void A_key_repeated_in_the_body_is_invalidSyntax_not_a_crash()
    {
        var body = JsonNode.Parse("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","op":"replace","path":"title","value":"x"}]}""");
        Assert.Equal(ScimErrorType.InvalidSyntax, Assert.Throws<ScimPatchException>(() => ScimPatchRequest.Parse(body)).ScimType);
    }

    [Fact]
    public void A_pathless_value_with_many_keys_differing_only_in_case_keeps_the_last()
    {
        var keys = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"x{i}\":{i},\"X{i}\":\"last{i}\""));
        var result = Apply(User, $$$"""{"op":"add","value":{{{{keys}}}}}""");
        Assert.Equal("last9999", (string)result["x9999"]!);
        Assert.Equal(10_000 + 3, result.Count);
    }

    [Fact]
    public void Many_filtered_operations_over_values_the_request_added_run_out_of_budget_instead_of_minutes()
    {
        var values = $"[{string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"value":"v{{i}}"}"""))}]";
        var filter = string.Join(" or ", Enumerable.Range(0, 40).Select(i => $"value eq \\\"w{i}\\\""));
        var filtered = Enumerable.Repeat($$"""{"op":"replace","path":"x[{{filter}}].display","value":"d"}""", 999);
        var request = Parse([$$"""{"op":"add","path":"x","value":{{values}}}""", .. filtered], ScimLimits.Default);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<ScimPatchException>(() => request.ApplyTo(JsonNode.Parse(User)!.AsObject()));
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
        Assert.Contains("more work", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static ScimPatchRequest Parse(IEnumerable<string> operations, ScimLimits limits) =>
        ScimPatchRequest.Parse(JsonNode.Parse(
            $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{{string.Join(",", operations)}}]}"""), limits);

    private static IEnumerable<string> Ops(int count) => Enumerable.Repeat("""{"op":"replace","path":"title","value":"x"}""", count);

    private static string Emails(int count) =>
        $"[{string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"value":"e{{i}}@x.com"}"""))}]";
}

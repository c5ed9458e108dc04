using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Tests.Patch.PatchTestHelpers;

namespace CatoScim.Scim.Tests.Patch;

public sealed class ScimPatchSplitTests
{
    [Fact]
    public void Member_operations_are_split_from_the_rest_including_pathless_member_keys()
    {
        var request = Request(
            """{"op":"add","path":"members","value":[{"value":"m1"}]}""",
            """{"op":"remove","path":"members[value eq \"m2\"]"}""",
            """{"op":"replace","path":"displayName","value":"X"}""",
            """{"op":"replace","value":{"displayName":"Y","Members":[{"value":"m3"}]}}""");

        var split = request.Split("members");

        Assert.Equal(3, split.Extracted.Count);
        Assert.All(split.Extracted, op => Assert.Equal("members", op.Path!.Attribute.Name, ignoreCase: true));
        Assert.NotNull(split.Extracted[1].Path!.ValueFilter);
        AssertJson("""[{"value":"m3"}]""", split.Extracted[2].Value!);
        Assert.Equal(2, split.Remaining.Operations.Count);

        var result = split.Remaining.ApplyTo(System.Text.Json.Nodes.JsonNode.Parse("""{"displayName":"A"}""")!.AsObject());
        AssertJson("""{"displayName":"Y"}""", result);
    }

    [Fact]
    public void Member_ids_are_read_from_values_and_simple_filters()
    {
        var split = Request(
            """{"op":"Remove","path":"members","value":[{"value":"m1"},{"value":"m2"}]}""",
            """{"op":"remove","path":"members[value eq \"m3\" or value eq \"m4\"]"}""",
            """{"op":"remove","path":"members[display co \"x\"]"}""").Split("members");

        Assert.Equal(["m1", "m2"], ScimMemberReferences.FromValue(split.Extracted[0].Value));
        Assert.True(ScimMemberReferences.TryFromFilter(split.Extracted[1].Path!.ValueFilter!, out var ids));
        Assert.Equal(["m3", "m4"], ids);
        Assert.False(ScimMemberReferences.TryFromFilter(split.Extracted[2].Path!.ValueFilter!, out _));
        var error = Assert.Throws<ScimPatchException>(() => ScimMemberReferences.FromValue(System.Text.Json.Nodes.JsonNode.Parse("[{\"id\":1}]")));
        Assert.Equal(ScimErrorType.InvalidValue, error.ScimType);
    }
}

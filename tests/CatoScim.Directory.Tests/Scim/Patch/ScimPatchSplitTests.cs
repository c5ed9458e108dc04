using CatoScim.Directory.Scim.Patch;
using static CatoScim.Directory.Tests.Scim.Patch.PatchTestHelpers;

namespace CatoScim.Directory.Tests.Scim.Patch;

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
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Patch;

namespace CatoScim.Scim.Tests.Patch;

internal static class PatchTestHelpers
{
    public static ScimPatchRequest Request(params string[] operations) =>
        ScimPatchRequest.Parse(JsonNode.Parse(
            $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{{string.Join(",", operations)}}]}"""));

    public static JsonObject Apply(string resource, params string[] operations) =>
        Request(operations).ApplyTo(JsonNode.Parse(resource)!.AsObject());

    public static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\n     got {actual.ToJsonString()}");
}

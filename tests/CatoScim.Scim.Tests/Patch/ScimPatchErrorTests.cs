using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using static CatoScim.Scim.Tests.Patch.PatchTestHelpers;

namespace CatoScim.Scim.Tests.Patch;

public sealed class ScimPatchErrorTests
{
    private const string Resource = """{"id":"u1","userName":"a","displayName":"A","name":{"givenName":"A"}}""";

    [Theory]
    [InlineData("""{"Operations":[{"op":"add","path":"x","value":1}]}""", ScimErrorType.InvalidSyntax)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[]}""", ScimErrorType.InvalidSyntax)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}""", ScimErrorType.InvalidSyntax)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"move","path":"x"}]}""", ScimErrorType.InvalidSyntax)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"1","path":"x","value":1}]}""", ScimErrorType.InvalidSyntax)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"remove"}]}""", ScimErrorType.NoTarget)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"x"}]}""", ScimErrorType.InvalidValue)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"emails[type eq","value":1}]}""", ScimErrorType.InvalidPath)]
    [InlineData("""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":5,"value":1}]}""", ScimErrorType.InvalidPath)]
    [InlineData("[]", ScimErrorType.InvalidSyntax)]
    public void Invalid_requests_are_rejected_while_parsing(string body, string scimType)
    {
        var error = Assert.Throws<ScimPatchException>(() => ScimPatchRequest.Parse(JsonNode.Parse(body)));
        Assert.Equal(scimType, error.ScimType);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("""{"op":"replace","path":"id","value":"other"}""", ScimErrorType.Mutability)]
    [InlineData("""{"op":"replace","path":"meta.lastModified","value":"2024"}""", ScimErrorType.Mutability)]
    [InlineData("""{"op":"remove","path":"schemas"}""", ScimErrorType.Mutability)]
    [InlineData("""{"op":"replace","value":"just a string"}""", ScimErrorType.InvalidValue)]
    [InlineData("""{"op":"replace","path":"name[givenName eq \"A\"].familyName","value":"B"}""", ScimErrorType.InvalidPath)]
    [InlineData("""{"op":"replace","path":"userName.first","value":"B"}""", ScimErrorType.InvalidPath)]
    [InlineData("""{"op":"add","path":"emails[type eq \"work\"]","value":"x@y.com"}""", ScimErrorType.InvalidValue)]
    [InlineData("""{"op":"replace","value":{"bad key!":"x"}}""", ScimErrorType.InvalidPath)]
    public void Invalid_operations_fail_with_their_scim_type(string operation, string scimType)
    {
        var error = Assert.Throws<ScimPatchException>(() => Apply(Resource, operation));
        Assert.Equal(scimType, error.ScimType);
    }

    [Fact]
    public void A_failing_second_operation_leaves_the_original_untouched()
    {
        var original = JsonNode.Parse(Resource)!.AsObject();
        var request = Request(
            """{"op":"replace","path":"displayName","value":"Changed"}""",
            """{"op":"replace","path":"id","value":"u2"}""");

        var error = Assert.Throws<ScimPatchException>(() => request.ApplyTo(original));

        Assert.Equal(ScimErrorType.Mutability, error.ScimType);
        AssertJson(Resource, original);
    }

    [Fact]
    public void Parses_from_a_json_element()
    {
        using var document = JsonDocument.Parse(
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"Add","path":"title","value":"Dr"}]}""");
        var request = ScimPatchRequest.Parse(document.RootElement);

        var operation = Assert.Single(request.Operations);
        Assert.Equal(ScimPatchOperationType.Add, operation.Type);
        Assert.Equal("title", operation.Path!.Attribute.Name);
    }
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

public sealed class ScimListResponseTests
{
    [Fact]
    public void List_response_has_numeric_counts_and_the_resources()
    {
        JsonNode[] page = [new JsonObject { ["id"] = "a" }, new JsonObject { ["id"] = "b" }];

        var list = ScimListResponse.Build(page, totalResults: 7, startIndex: 3);

        ScimJsonAssert.Schemas(list, "urn:ietf:params:scim:api:messages:2.0:ListResponse");
        Assert.Equal(7, ScimJsonAssert.Integer(list, "totalResults"));
        Assert.Equal(2, ScimJsonAssert.Integer(list, "itemsPerPage"));
        Assert.Equal(3, ScimJsonAssert.Integer(list, "startIndex"));
        Assert.Equal(["a", "b"], ScimJsonAssert.Array(list, "Resources").Select(r => (string?)r!["id"]));
    }

    [Fact]
    public void An_empty_page_still_has_an_empty_resources_array()
    {
        var list = ScimListResponse.Build([], totalResults: 0);

        Assert.Empty(ScimJsonAssert.Array(list, "Resources"));
        Assert.Equal(1, ScimJsonAssert.Integer(list, "startIndex"));
        Assert.Equal(0, ScimJsonAssert.Integer(list, "itemsPerPage"));
    }

    [Fact]
    public void Resources_already_in_another_document_are_copied_not_moved()
    {
        var owner = new JsonArray(new JsonObject { ["id"] = "a" });

        var list = ScimListResponse.Build([owner[0]!], totalResults: 1);

        Assert.Single(owner);
        Assert.Equal("a", (string?)ScimJsonAssert.Array(list, "Resources")[0]!["id"]);
    }

    [Fact]
    public void Contradictory_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScimListResponse.Build([new JsonObject()], totalResults: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScimListResponse.Build([], totalResults: 0, startIndex: 0));
    }
}

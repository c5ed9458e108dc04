using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Discovery;
using CatoScim.Scim.Tests;

namespace CatoScim.Directory.Tests.Scim.Discovery;

public sealed class ResourceTypesDocumentTests
{
    private const string BaseUrl = "https://scim.example.com/scim/v2";

    [Fact]
    public void User_and_group_are_the_only_resource_types() =>
        Assert.Equal(["User", "Group"], ResourceTypesDocument.All(BaseUrl).Select(t => ScimJsonAssert.String(t, "id")));

    [Theory]
    [InlineData("User", "/Users", "urn:ietf:params:scim:schemas:core:2.0:User")]
    [InlineData("Group", "/Groups", "urn:ietf:params:scim:schemas:core:2.0:Group")]
    public void Each_type_has_the_rfc_7643_section_6_keys(string name, string endpoint, string schema)
    {
        var type = ResourceTypesDocument.Find(BaseUrl, name)!;

        ScimJsonAssert.Schemas(type, "urn:ietf:params:scim:schemas:core:2.0:ResourceType");
        Assert.Equal(name, ScimJsonAssert.String(type, "name"));
        Assert.Equal(endpoint, ScimJsonAssert.String(type, "endpoint"));
        Assert.Equal(schema, ScimJsonAssert.String(type, "schema"));
        Assert.NotEmpty(ScimJsonAssert.String(type, "description"));
        ScimJsonAssert.Meta(type, "ResourceType", $"{BaseUrl}/ResourceTypes/{name}");
    }

    [Fact]
    public void User_has_the_optional_enterprise_extension_and_group_has_none()
    {
        var extension = Assert.IsType<JsonObject>(
            Assert.Single(ScimJsonAssert.Array(ResourceTypesDocument.Find(BaseUrl, "User")!, "schemaExtensions")));

        Assert.Equal("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", ScimJsonAssert.String(extension, "schema"));
        Assert.False(ScimJsonAssert.Boolean(extension, "required"));
        Assert.False(ResourceTypesDocument.Find(BaseUrl, "Group")!.ContainsKey("schemaExtensions"));
    }

    [Theory]
    [InlineData("user", "User")]
    [InlineData("GROUP", "Group")]
    public void Lookup_ignores_case(string asked, string expected) =>
        Assert.Equal(expected, ScimJsonAssert.String(ResourceTypesDocument.Find(BaseUrl, asked)!, "id"));

    [Theory]
    [InlineData("Users")]
    [InlineData("Device")]
    [InlineData("")]
    public void Unknown_types_are_not_found(string name) => Assert.Null(ResourceTypesDocument.Find(BaseUrl, name));
}

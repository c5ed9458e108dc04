using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Discovery;
using CatoScim.Scim.Tests;

namespace CatoScim.Directory.Tests.Scim.Discovery;

public sealed class SchemasDocumentTests
{
    private const string BaseUrl = "https://scim.example.com/scim/v2/";
    private const string User = "urn:ietf:params:scim:schemas:core:2.0:User";
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private const string Group = "urn:ietf:params:scim:schemas:core:2.0:Group";

    private static readonly string[] Types = ["string", "boolean", "decimal", "integer", "dateTime", "reference", "complex", "binary"];

    [Fact]
    public void The_three_schemas_we_keep_are_served() =>
        Assert.Equal([User, Enterprise, Group], SchemasDocument.All(BaseUrl).Select(s => ScimJsonAssert.String(s, "id")));

    [Theory]
    [InlineData(User)]
    [InlineData(Enterprise)]
    [InlineData(Group)]
    public void Each_schema_has_the_rfc_7643_section_7_keys(string urn)
    {
        var schema = SchemasDocument.Find(BaseUrl, urn)!;

        ScimJsonAssert.Schemas(schema, "urn:ietf:params:scim:schemas:core:2.0:Schema");
        Assert.Equal(urn, ScimJsonAssert.String(schema, "id"));
        Assert.NotEmpty(ScimJsonAssert.String(schema, "name"));
        Assert.NotEmpty(ScimJsonAssert.String(schema, "description"));
        ScimJsonAssert.Meta(schema, "Schema", $"https://scim.example.com/scim/v2/Schemas/{urn}");
        foreach (var attribute in ScimJsonAssert.Array(schema, "attributes"))
        {
            AssertValidAttribute(Assert.IsType<JsonObject>(attribute), isSubAttribute: false);
        }
    }

    [Theory]
    [InlineData("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER", User)]
    [InlineData("urn:ietf:params:scim:schemas:extension:Enterprise:2.0:user", Enterprise)]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:group", Group)]
    public void Lookup_ignores_case(string asked, string expected) =>
        Assert.Equal(expected, ScimJsonAssert.String(SchemasDocument.Find(BaseUrl, asked)!, "id"));

    [Theory]
    [InlineData("urn:ietf:params:scim:schemas:core:2.0:Device")]
    [InlineData("User")]
    [InlineData("")]
    public void Unknown_schemas_are_not_found(string urn) => Assert.Null(SchemasDocument.Find(BaseUrl, urn));

    /// <summary>RFC 7643 §7 attribute characteristics, with §2.2 value sets and §2.3.8's no-nesting rule.</summary>
    private static void AssertValidAttribute(JsonObject attribute, bool isSubAttribute)
    {
        var name = ScimJsonAssert.String(attribute, "name");
        var type = ScimJsonAssert.String(attribute, "type");
        Assert.Contains(type, Types);
        ScimJsonAssert.Boolean(attribute, "multiValued");
        ScimJsonAssert.Boolean(attribute, "required");
        Assert.NotEmpty(ScimJsonAssert.String(attribute, "description"));
        Assert.Contains(ScimJsonAssert.String(attribute, "mutability"), new[] { "readOnly", "readWrite", "immutable", "writeOnly" });
        Assert.Contains(ScimJsonAssert.String(attribute, "returned"), new[] { "always", "never", "default", "request" });
        Assert.Contains(ScimJsonAssert.String(attribute, "uniqueness"), new[] { "none", "server", "global" });
        Assert.Equal(type is "string" or "reference", attribute.ContainsKey("caseExact"));
        if (attribute.ContainsKey("caseExact"))
        {
            ScimJsonAssert.Boolean(attribute, "caseExact");
        }

        if (attribute.ContainsKey("canonicalValues"))
        {
            Assert.NotEmpty(ScimJsonAssert.Strings(attribute, "canonicalValues"));
        }

        Assert.Equal(type == "reference", attribute.ContainsKey("referenceTypes"));
        if (type == "reference")
        {
            Assert.NotEmpty(ScimJsonAssert.Strings(attribute, "referenceTypes"));
        }

        Assert.Equal(type == "complex", attribute.ContainsKey("subAttributes"));
        if (type == "complex")
        {
            Assert.False(isSubAttribute, $"{name}: a sub-attribute cannot be complex (RFC 7643 §2.3.8)");
            var subAttributes = ScimJsonAssert.Array(attribute, "subAttributes");
            Assert.NotEmpty(subAttributes);
            foreach (var sub in subAttributes)
            {
                AssertValidAttribute(Assert.IsType<JsonObject>(sub), isSubAttribute: true);
            }
        }
    }
}

using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Discovery;
using CatoScim.Scim.Tests;

namespace CatoScim.Directory.Tests.Scim.Discovery;

/// <summary>
/// Pins every advertised attribute and its characteristics. Clients map fields from /Schemas, so adding one here
/// must go with storing it; update this list only together with the storage.
/// Line format: path type multiValued required caseExact(or -) mutability returned uniqueness [canonical|refs].
/// </summary>
public sealed class SchemaAttributeSetTests
{
    private const string BaseUrl = "https://scim.example.com/scim/v2";

    [Fact]
    public void Core_user_attributes_are_exactly_what_we_keep() => AssertAttributes(
        "urn:ietf:params:scim:schemas:core:2.0:User",
        "userName string single required ci readWrite default server",
        "name complex single optional - readWrite default none",
        "name.givenName string single optional ci readWrite default none",
        "name.familyName string single optional ci readWrite default none",
        "displayName string single optional ci readWrite default none",
        "title string single optional ci readWrite default none",
        "active boolean single optional - readWrite default none",
        "emails complex multi optional - readWrite default none",
        "emails.value string single optional ci readWrite default none",
        "emails.type string single optional ci readWrite default none [work]",
        "emails.primary boolean single optional - readWrite default none",
        "phoneNumbers complex multi optional - readWrite default none",
        "phoneNumbers.value string single optional ci readWrite default none",
        "phoneNumbers.type string single optional ci readWrite default none [work]",
        "phoneNumbers.primary boolean single optional - readWrite default none",
        "externalId string single optional exact readWrite default none",
        "groups complex multi optional - readOnly default none",
        "groups.value string single optional ci readOnly default none",
        "groups.$ref reference single optional ci readOnly default none ->Group",
        "groups.display string single optional ci readOnly default none");

    [Fact]
    public void Enterprise_user_attributes_are_exactly_what_we_keep() => AssertAttributes(
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        "employeeNumber string single optional ci readWrite default none",
        "costCenter string single optional ci readWrite default none",
        "organization string single optional ci readWrite default none",
        "division string single optional ci readWrite default none",
        "department string single optional ci readWrite default none");

    [Fact]
    public void Core_group_attributes_are_exactly_what_we_keep() => AssertAttributes(
        "urn:ietf:params:scim:schemas:core:2.0:Group",
        "displayName string single required ci readWrite default server",
        "members complex multi optional - readWrite default none",
        "members.value string single optional ci immutable default none",
        "members.$ref reference single optional ci immutable default none ->User",
        "members.display string single optional ci readOnly default none",
        "members.type string single optional ci immutable default none [User]");

    private static void AssertAttributes(string urn, params string[] expected)
    {
        var actual = new List<string>();
        foreach (var attribute in ScimJsonAssert.Array(SchemasDocument.Find(BaseUrl, urn)!, "attributes").Cast<JsonObject>())
        {
            actual.Add(Describe(attribute, prefix: ""));
            var name = ScimJsonAssert.String(attribute, "name");
            actual.AddRange((attribute["subAttributes"]?.AsArray() ?? []).Cast<JsonObject>().Select(s => Describe(s, $"{name}.")));
        }

        Assert.Equal(expected, actual);
    }

    private static string Describe(JsonObject a, string prefix)
    {
        var caseExact = a.ContainsKey("caseExact") ? (ScimJsonAssert.Boolean(a, "caseExact") ? "exact" : "ci") : "-";
        var line = string.Join(
            ' ',
            prefix + ScimJsonAssert.String(a, "name"),
            ScimJsonAssert.String(a, "type"),
            ScimJsonAssert.Boolean(a, "multiValued") ? "multi" : "single",
            ScimJsonAssert.Boolean(a, "required") ? "required" : "optional",
            caseExact,
            ScimJsonAssert.String(a, "mutability"),
            ScimJsonAssert.String(a, "returned"),
            ScimJsonAssert.String(a, "uniqueness"));
        if (a.ContainsKey("canonicalValues"))
        {
            line += $" [{string.Join(',', ScimJsonAssert.Strings(a, "canonicalValues"))}]";
        }

        if (a.ContainsKey("referenceTypes"))
        {
            line += $" ->{string.Join(',', ScimJsonAssert.Strings(a, "referenceTypes"))}";
        }

        return line;
    }
}

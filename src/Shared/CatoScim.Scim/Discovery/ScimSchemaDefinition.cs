using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Discovery;

/// <summary>An RFC 7643 §7 schema: what <c>/Schemas/{id}</c> returns.</summary>
public sealed record ScimSchemaDefinition(string Id, string Name, string Description, IReadOnlyList<ScimAttribute> Attributes)
{
    public JsonObject ToJson(string baseUrl) => new()
    {
        // RFC 7643 §8.7.1's examples omit "schemas", but a schema is served as a resource (RFC 7644 §4), which needs it (§3).
        ["schemas"] = new JsonArray(ScimConstants.SchemaSchema),
        ["id"] = Id,
        ["name"] = Name,
        ["description"] = Description,
        ["attributes"] = new JsonArray([.. Attributes.Select(a => (JsonNode)a.ToJson())]),
        ["meta"] = ScimMeta.Build("Schema", baseUrl, $"Schemas/{Id}"),
    };
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Discovery;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>What <c>/Schemas</c> and <c>/Schemas/{urn}</c> serve (RFC 7644 §4, RFC 7643 §7).</summary>
internal static class SchemasDocument
{
    public static IReadOnlyList<ScimSchemaDefinition> Definitions { get; } =
    [
        UserSchemaBuilder.Definition,
        EnterpriseUserSchemaBuilder.Definition,
        GroupSchemaBuilder.Definition,
    ];

    public static IReadOnlyList<JsonObject> All(string baseUrl) => [.. Definitions.Select(d => d.ToJson(baseUrl))];

    /// <summary>
    /// Case-insensitive: RFC 7643 §2.1 makes attribute names case-insensitive, URN-qualified ones included,
    /// and clients echo the schema URN in whatever casing they were configured with.
    /// </summary>
    /// <returns>The schema, or null when we do not serve that URN (the caller answers 404).</returns>
    public static JsonObject? Find(string baseUrl, string urn) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Id, urn, StringComparison.OrdinalIgnoreCase))?.ToJson(baseUrl);
}

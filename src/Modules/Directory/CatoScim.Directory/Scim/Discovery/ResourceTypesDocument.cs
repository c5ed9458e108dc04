using System.Text.Json.Nodes;
using CatoScim.Scim.Discovery;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>What <c>/ResourceTypes</c> and <c>/ResourceTypes/{name}</c> serve (RFC 7644 §4, RFC 7643 §6).</summary>
internal static class ResourceTypesDocument
{
    public static IReadOnlyList<JsonObject> All(string baseUrl) => [User(baseUrl), Group(baseUrl)];

    /// <summary>
    /// Case-insensitive, like SCIM names generally (RFC 7643 §2.1), so "/ResourceTypes/user" does not 404 on casing alone.
    /// </summary>
    /// <returns>The resource type, or null when we do not serve it (the caller answers 404).</returns>
    public static JsonObject? Find(string baseUrl, string name) =>
        All(baseUrl).FirstOrDefault(t => string.Equals((string?)t["id"], name, StringComparison.OrdinalIgnoreCase));

    private static JsonObject User(string baseUrl)
    {
        var user = Build(baseUrl, "User", "/Users", "User Account", ScimConstants.UserSchema);

        // RFC 7643 §6: "required": false lets clients that know nothing of the extension still create users.
        user["schemaExtensions"] = new JsonArray(
            new JsonObject { ["schema"] = ScimConstants.EnterpriseUserSchema, ["required"] = false });
        return user;
    }

    private static JsonObject Group(string baseUrl) =>
        Build(baseUrl, "Group", "/Groups", "Group", ScimConstants.GroupSchema);

    private static JsonObject Build(string baseUrl, string name, string endpoint, string description, string schema) => new()
    {
        ["schemas"] = new JsonArray(ScimConstants.ResourceTypeSchema),
        ["id"] = name,
        ["name"] = name,
        ["endpoint"] = endpoint,
        ["description"] = description,
        ["schema"] = schema,
        ["meta"] = ScimMeta.Build("ResourceType", baseUrl, $"ResourceTypes/{name}"),
    };
}

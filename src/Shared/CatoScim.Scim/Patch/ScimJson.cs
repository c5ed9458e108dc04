using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

/// <summary>SCIM attribute names are case-insensitive (RFC 7643 §2.1); JSON keys are not.</summary>
internal static class ScimJson
{
    public static string? FindKey(JsonObject obj, string name) =>
        obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    public static JsonNode? Get(JsonObject obj, string name) => FindKey(obj, name) is { } key ? obj[key] : null;

    /// <summary>Keeps the casing already in the resource, or the caller's casing for a new attribute.</summary>
    public static void Set(JsonObject obj, string name, JsonNode? value) => obj[FindKey(obj, name) ?? name] = value;

    public static void Remove(JsonObject obj, string name)
    {
        if (FindKey(obj, name) is { } key)
        {
            obj.Remove(key);
        }
    }

    public static JsonObject GetOrCreateObject(JsonObject obj, string name)
    {
        if (Get(obj, name) is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        Set(obj, name, created);
        return created;
    }

    /// <summary>RFC 7644 §3.5.2.1/§3.5.2.3: given sub-attributes replace, the others stay.</summary>
    public static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            Set(target, key, value?.DeepClone());
        }
    }

    /// <summary>Loose equality for matching elements: strings ignore case (ids, types), null equals absent.</summary>
    public static bool SameValue(JsonNode? left, JsonNode? right) =>
        left is JsonValue l && right is JsonValue r && l.TryGetValue<string>(out var ls) && r.TryGetValue<string>(out var rs)
            ? string.Equals(ls, rs, StringComparison.OrdinalIgnoreCase)
            : JsonNode.DeepEquals(left, right);
}

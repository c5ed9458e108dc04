using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

internal static class ScimJsonArrays
{
    /// <summary>RFC 7644 §3.5.2.1: adding a value already present (same value, same type) changes nothing.</summary>
    public static void AppendDistinct(JsonArray target, JsonNode value)
    {
        foreach (var item in value is JsonArray items ? items.ToList() : [value])
        {
            if (item is not null && !target.Any(existing => SameElement(existing, item)))
            {
                target.Add(item.DeepClone());
            }
        }
    }

    /// <summary>
    /// Entra ID removes members with path "members" and a value of [{"value": id}]: every element whose
    /// given keys all match goes; a null in the pattern means the key must be absent.
    /// </summary>
    public static void RemoveMatching(JsonArray target, JsonNode value)
    {
        var patterns = value is JsonArray items ? items.ToList() : [value];
        foreach (var element in target.ToList())
        {
            if (patterns.Any(pattern => MatchesPattern(element, pattern)))
            {
                target.Remove(element);
            }
        }
    }

    private static bool MatchesPattern(JsonNode? element, JsonNode? pattern) =>
        pattern is JsonObject keys && element is JsonObject obj
            ? keys.All(p => ScimJson.SameValue(ScimJson.Get(obj, p.Key), p.Value))
            : ScimJson.SameValue(element, pattern);

    private static bool SameElement(JsonNode? existing, JsonNode item) =>
        JsonNode.DeepEquals(existing, item)
        || (existing is JsonObject left && item is JsonObject right
            && ScimJson.Get(right, "value") is not null
            && ScimJson.SameValue(ScimJson.Get(left, "value"), ScimJson.Get(right, "value"))
            && ScimJson.SameValue(ScimJson.Get(left, "type"), ScimJson.Get(right, "type")));
}

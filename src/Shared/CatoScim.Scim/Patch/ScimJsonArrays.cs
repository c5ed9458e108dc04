using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

/// <summary>
/// Adding and removing values of a multi-valued attribute by hashing, so 10,000 values cost 10,000 lookups,
/// not 10,000 × 10,000 comparisons.
/// </summary>
internal static class ScimJsonArrays
{
    /// <summary>RFC 7644 §3.5.2.1: adding a value already present (same value, same type) changes nothing.</summary>
    public static void AppendDistinct(JsonArray target, JsonNode value)
    {
        var whole = new HashSet<JsonNode?>(ScimJsonComparer.Exact);
        var valueAndType = new HashSet<(JsonNode?, JsonNode?)>(ScimJsonComparer.Pair);
        foreach (var existing in target)
        {
            Remember(existing, whole, valueAndType);
        }

        foreach (var item in value is JsonArray items ? items.ToList() : [value])
        {
            if (item is null || whole.Contains(item)
                || (item is JsonObject obj && ScimJson.Get(obj, "value") is { } id && valueAndType.Contains((id, ScimJson.Get(obj, "type")))))
            {
                continue;
            }

            var added = item.DeepClone();
            target.Add(added);
            Remember(added, whole, valueAndType);
        }
    }

    /// <summary>
    /// Entra ID removes members with path "members" and a value of [{"value": id}]: every element whose
    /// given keys all match goes; a null in the pattern means the key must be absent.
    /// </summary>
    /// <exception cref="ScimPatchException">The patterns name too many different sets of keys to be matched by hashing.</exception>
    public static void RemoveMatching(JsonArray target, JsonNode value)
    {
        var patterns = ScimRemovalPatterns.From(value is JsonArray items ? items.ToList() : [value]);
        target.RemoveAll(patterns.Match);
    }

    /// <summary>Removes the given elements (by reference) in one pass.</summary>
    public static void RemoveAll(JsonArray target, IReadOnlyCollection<JsonNode> elements)
    {
        var doomed = new HashSet<JsonNode>(elements, ReferenceEqualityComparer.Instance);
        target.RemoveAll(node => node is not null && doomed.Contains(node));
    }

    private static void Remember(JsonNode? element, HashSet<JsonNode?> whole, HashSet<(JsonNode?, JsonNode?)> valueAndType)
    {
        whole.Add(element);
        if (element is JsonObject obj && ScimJson.Get(obj, "value") is { } id)
        {
            valueAndType.Add((id, ScimJson.Get(obj, "type")));
        }
    }
}

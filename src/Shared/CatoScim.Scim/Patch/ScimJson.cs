using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>
/// SCIM attribute names are case-insensitive (RFC 7643 §2.1); JSON keys are not. Objects the engine works on are
/// copied into case-insensitive ones (<see cref="Copy"/>), so finding a key is a hash lookup: a scan of every key
/// per lookup would make an object of 100,000 keys cost 10^10 comparisons.
/// </summary>
internal static class ScimJson
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static JsonObject NewObject() => new(CaseInsensitive);

    public static string? FindKey(JsonObject obj, string name)
    {
        if (obj.Options?.PropertyNameCaseInsensitive == true || obj.ContainsKey(name))
        {
            var index = obj.IndexOf(name);
            return index < 0 ? null : obj.GetAt(index).Key;
        }

        return obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
    }

    public static JsonNode? Get(JsonObject obj, string name) =>
        obj.Options?.PropertyNameCaseInsensitive == true
            ? obj.TryGetPropertyValue(name, out var value) ? value : null
            : FindKey(obj, name) is { } key ? obj[key] : null;

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

        var created = NewObject();
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

    /// <summary>
    /// A deep copy whose objects look keys up case-insensitively. Keys that differ only in case are one attribute:
    /// the last one wins, as it would have when applied one after the other.
    /// </summary>
    /// <exception cref="ScimPatchException">The JSON repeats a key (invalidSyntax).</exception>
    public static JsonNode? Copy(JsonNode? node, bool caseInsensitive = true)
    {
        try
        {
            return CopyNode(node, caseInsensitive ? CaseInsensitive : null);
        }
        catch (ArgumentException)
        {
            // JsonNode.Parse accepts {"a":1,"a":2}; the object throws only when first read.
            throw new ScimPatchException(ScimErrorType.InvalidSyntax, "The JSON repeats an attribute name within one object");
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ScimPatchException(ScimErrorType.InvalidSyntax, "The JSON nests too deeply");
        }
    }

    private static JsonNode? CopyNode(JsonNode? node, JsonNodeOptions? options)
    {
        // System.Text.Json reads at most 64 levels by default; a node built in code may be deeper.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject(options);
                foreach (var (key, value) in obj)
                {
                    copy[key] = CopyNode(value, options);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(CopyNode(item, options));
                }

                return items;
            default:
                return node?.DeepClone();
        }
    }
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>
/// The values of a remove on a multi-valued attribute, indexed: objects by the values of their keys (grouped by
/// which keys they give), anything else by value. Matching one element costs one lookup per group of keys.
/// </summary>
internal sealed class ScimRemovalPatterns
{
    // Real clients send one shape ({"value": id}); a few shapes cost a few lookups per element, thousands would not.
    private const int MaxShapes = 16;

    private readonly HashSet<JsonNode?> _scalars = new(ScimJsonComparer.Loose);
    private readonly Dictionary<string, (string[] Keys, HashSet<JsonNode?[]> Values)> _shapes = new(StringComparer.Ordinal);

    public static ScimRemovalPatterns From(IEnumerable<JsonNode?> patterns)
    {
        var index = new ScimRemovalPatterns();
        foreach (var pattern in patterns)
        {
            if (pattern is not JsonObject keys)
            {
                index._scalars.Add(pattern);
                continue;
            }

            var names = keys.Select(p => p.Key.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var shape = string.Join('\n', names);
            if (!index._shapes.TryGetValue(shape, out var group))
            {
                if (index._shapes.Count == MaxShapes)
                {
                    throw new ScimPatchException(ScimErrorType.InvalidValue,
                        $"The values to remove use more than {MaxShapes} different sets of attributes; send e.g. [{{\"value\": \"id\"}}, ...]");
                }

                group = (names, new HashSet<JsonNode?[]>(ScimJsonComparer.Tuple));
                index._shapes.Add(shape, group);
            }

            group.Values.Add([.. names.Select(name => ScimJson.Get(keys, name))]);
        }

        return index;
    }

    public bool Match(JsonNode? element)
    {
        if (element is not JsonObject obj)
        {
            return _scalars.Contains(element);
        }

        foreach (var (keys, values) in _shapes.Values)
        {
            if (values.Contains([.. keys.Select(key => ScimJson.Get(obj, key))]))
            {
                return true;
            }
        }

        return false;
    }
}

using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>
/// The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5). `id` and `schemas` are always
/// returned. Callers ask <see cref="Wants"/> before loading something costly (a group's members).
/// </summary>
public sealed class ScimAttributeSelection
{
    // Keyed by top-level attribute: a list of 4,000 names costs one lookup per attribute of each resource, not 4,000.
    private readonly Dictionary<string, List<string[]>>? _only;
    private readonly Dictionary<string, List<string[]>> _excluded;

    private ScimAttributeSelection(Dictionary<string, List<string[]>>? only, Dictionary<string, List<string[]>> excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    public static ScimAttributeSelection All { get; } = new(null, new(StringComparer.OrdinalIgnoreCase));

    public static ScimAttributeSelection Parse(string? attributes, string? excludedAttributes)
    {
        var only = Split(attributes);
        return new ScimAttributeSelection(only.Count > 0 ? only : null, Split(excludedAttributes));
    }

    public bool Wants(string attribute) =>
        (_only is null || _only.ContainsKey(attribute))
        && !(_excluded.TryGetValue(attribute, out var excluded) && excluded.Exists(p => p.Length == 1));

    public JsonObject Apply(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        foreach (var key in resource.Select(p => p.Key).ToList())
        {
            if (key is "id" or "schemas")
            {
                continue;
            }

            if (_only is not null)
            {
                if (!_only.TryGetValue(key, out var asked))
                {
                    resource.Remove(key);
                    continue;
                }

                if (asked.TrueForAll(p => p.Length > 1) && resource[key] is JsonObject complex)
                {
                    var subs = new HashSet<string>(asked.Select(p => p[1]), StringComparer.OrdinalIgnoreCase);
                    foreach (var sub in complex.Select(p => p.Key).ToList().Where(sub => !subs.Contains(sub)))
                    {
                        complex.Remove(sub);
                    }
                }
            }

            if (_excluded.TryGetValue(key, out var excluded))
            {
                Exclude(resource, key, excluded);
            }
        }

        return resource;
    }

    private static void Exclude(JsonObject resource, string key, List<string[]> paths)
    {
        if (paths.Exists(p => p.Length == 1))
        {
            resource.Remove(key);
            return;
        }

        if (resource[key] is not JsonObject complex)
        {
            return;
        }

        var subs = new HashSet<string>(paths.Select(p => p[1]), StringComparer.OrdinalIgnoreCase);
        foreach (var sub in complex.Select(p => p.Key).ToList().Where(subs.Contains))
        {
            complex.Remove(sub);
        }
    }

    /// <summary>`name.givenName` → [name, givenName]; `urn:…:User:department` → [urn:…:User, department].</summary>
    private static Dictionary<string, List<string[]>> Split(string? list)
    {
        var paths = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(list))
        {
            return paths;
        }

        foreach (var path in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ToPath))
        {
            if (!paths.TryGetValue(path[0], out var same))
            {
                paths[path[0]] = same = [];
            }

            same.Add(path);
        }

        return paths;
    }

    private static string[] ToPath(string attribute)
    {
        if (attribute.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var colon = attribute.LastIndexOf(':');
            var urn = attribute[..colon];
            var rest = attribute[(colon + 1)..];
            if (urn.StartsWith(ScimConstants.CoreSchemaPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return rest.Split('.');
            }

            return [urn, rest];
        }

        return attribute.Split('.');
    }
}

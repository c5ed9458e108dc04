using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>
/// The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5). `id` and `schemas` are always
/// returned. Callers ask <see cref="Wants"/> before loading something costly (a group's members).
/// </summary>
public sealed class ScimAttributeSelection
{
    private readonly List<string[]>? _only;
    private readonly List<string[]> _excluded;

    private ScimAttributeSelection(List<string[]>? only, List<string[]> excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    public static ScimAttributeSelection All { get; } = new(null, []);

    public static ScimAttributeSelection Parse(string? attributes, string? excludedAttributes)
    {
        var only = Split(attributes);
        return new ScimAttributeSelection(only.Count > 0 ? only : null, Split(excludedAttributes));
    }

    public bool Wants(string attribute) =>
        (_only is null || _only.Any(p => p[0].Equals(attribute, StringComparison.OrdinalIgnoreCase)))
        && !_excluded.Any(p => p.Length == 1 && p[0].Equals(attribute, StringComparison.OrdinalIgnoreCase));

    public JsonObject Apply(JsonObject resource)
    {
        if (_only is not null)
        {
            foreach (var key in resource.Select(p => p.Key).ToList())
            {
                if (key is "id" or "schemas")
                {
                    continue;
                }

                var asked = _only.Where(p => p[0].Equals(key, StringComparison.OrdinalIgnoreCase)).ToList();
                if (asked.Count == 0)
                {
                    resource.Remove(key);
                }
                else if (asked.All(p => p.Length > 1) && resource[key] is JsonObject complex)
                {
                    foreach (var sub in complex.Select(p => p.Key).ToList())
                    {
                        if (!asked.Any(p => p[1].Equals(sub, StringComparison.OrdinalIgnoreCase)))
                        {
                            complex.Remove(sub);
                        }
                    }
                }
            }
        }

        foreach (var path in _excluded)
        {
            var key = resource.Select(p => p.Key).FirstOrDefault(k => k.Equals(path[0], StringComparison.OrdinalIgnoreCase));
            if (key is null or "id" or "schemas")
            {
                continue;
            }

            if (path.Length == 1)
            {
                resource.Remove(key);
            }
            else if (resource[key] is JsonObject complex)
            {
                var sub = complex.Select(p => p.Key).FirstOrDefault(k => k.Equals(path[1], StringComparison.OrdinalIgnoreCase));
                if (sub is not null)
                {
                    complex.Remove(sub);
                }
            }
        }

        return resource;
    }

    /// <summary>`name.givenName` → [name, givenName]; `urn:…:User:department` → [urn:…:User, department].</summary>
    private static List<string[]> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ToPath).ToList();

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

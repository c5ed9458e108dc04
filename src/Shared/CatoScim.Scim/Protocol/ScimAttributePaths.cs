using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>
/// The attribute paths of one `attributes` or `excludedAttributes` list as a tree (RFC 7644 §3.10 attrPath): a name
/// that ends a path stands for its whole value, otherwise only for the sub-attributes named under it. A multi-valued
/// complex attribute applies its sub-attributes to every value (`emails.value`). Names compare case-insensitively.
/// </summary>
internal sealed class ScimAttributePaths
{
    private Dictionary<string, ScimAttributePaths>? _children;

    /// <summary>A path ends here: the whole value is named, whatever else is named under it.</summary>
    public bool Whole { get; private set; }

    /// <returns>Null when the list names nothing.</returns>
    public static ScimAttributePaths? Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return null;
        }

        var root = new ScimAttributePaths();
        foreach (var attribute in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var node = root;
            foreach (var name in ToPath(attribute))
            {
                node._children ??= new(StringComparer.OrdinalIgnoreCase);
                if (!node._children.TryGetValue(name, out var child))
                {
                    node._children[name] = child = new ScimAttributePaths();
                }

                node = child;
            }

            node.Whole = true;
        }

        return root._children is null ? null : root;
    }

    /// <summary>Removes from a resource every attribute not named, except those always returned.</summary>
    public void KeepOnly(JsonObject resource) => KeepOnly(resource, resource: true);

    /// <summary>Removes from a resource every attribute named, except those always returned.</summary>
    public void Remove(JsonObject resource) => Remove(resource, resource: true);

    public ScimAttributePaths? Child(string name) => _children?.GetValueOrDefault(name);

    // RFC 7643 §3.1 and §4: `id` is returned always, and `schemas` says what the rest means. No other attribute
    // this service renders has `returned: always`, and `password` (`returned: never`) is never rendered at all.
    private static bool IsAlwaysReturned(string key) => key is "id" or "schemas";

    private void KeepOnly(JsonObject json, bool resource)
    {
        for (var i = json.Count - 1; i >= 0; i--)
        {
            var (key, value) = json.GetAt(i);
            if (resource && IsAlwaysReturned(key))
            {
                continue;
            }

            if (Child(key) is not { } child || (!child.Whole && !child.KeepOnlyIn(value)))
            {
                json.RemoveAt(i);
            }
        }
    }

    private void Remove(JsonObject json, bool resource)
    {
        for (var i = json.Count - 1; i >= 0; i--)
        {
            var (key, value) = json.GetAt(i);
            if ((resource && IsAlwaysReturned(key)) || Child(key) is not { } child)
            {
                continue;
            }

            if (child.Whole || !child.RemoveIn(value))
            {
                json.RemoveAt(i);
            }
        }
    }

    /// <summary>`name.givenName` → [name, givenName]; `urn:…:User:department` → [urn:…:User, department].</summary>
    private static string[] ToPath(string attribute)
    {
        if (!attribute.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return attribute.Split('.');
        }

        // The schema URN ends in a version with a dot ("2.0:User"), so the attribute starts after its last colon;
        // the extension's own URN names the whole extension object.
        if (attribute.Equals(ScimConstants.EnterpriseUserSchema, StringComparison.OrdinalIgnoreCase))
        {
            return [attribute];
        }

        var colon = attribute.LastIndexOf(':');
        var urn = attribute[..colon];
        var rest = attribute[(colon + 1)..].Split('.');
        return urn.StartsWith(ScimConstants.CoreSchemaPrefix, StringComparison.OrdinalIgnoreCase) ? rest : [urn, .. rest];
    }

    /// <returns>Whether anything of <paramref name="value"/> is left; a simple value has no sub-attributes to keep.</returns>
    private bool KeepOnlyIn(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject complex:
                KeepOnly(complex, resource: false);
                return complex.Count > 0;
            case JsonArray values:
                for (var i = values.Count - 1; i >= 0; i--)
                {
                    if (values[i] is not JsonObject item || !KeepOnlyIn(item))
                    {
                        values.RemoveAt(i);
                    }
                }

                return values.Count > 0;
            default:
                return false;
        }
    }

    /// <returns>Whether anything of <paramref name="value"/> is left.</returns>
    private bool RemoveIn(JsonNode? value)
    {
        switch (value)
        {
            case JsonObject complex:
                Remove(complex, resource: false);
                return complex.Count > 0;
            case JsonArray values:
                for (var i = values.Count - 1; i >= 0; i--)
                {
                    if (values[i] is JsonObject item && !RemoveIn(item))
                    {
                        values.RemoveAt(i);
                    }
                }

                return values.Count > 0;
            default:
                return true;
        }
    }
}

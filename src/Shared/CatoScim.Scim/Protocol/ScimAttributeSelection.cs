using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>
/// The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5, §3.9), down to sub-attributes
/// (`emails.value`, `name.givenName`, `urn:…:enterprise:2.0:User:department`). `id` and `schemas` are always
/// returned. Callers ask <see cref="Wants"/> before loading something costly (a group's members).
/// </summary>
public sealed class ScimAttributeSelection
{
    // Keyed by attribute name at each level: a list of 4,000 names costs one lookup per attribute of each resource, not 4,000.
    private readonly ScimAttributePaths? _only;
    private readonly ScimAttributePaths? _excluded;

    private ScimAttributeSelection(ScimAttributePaths? only, ScimAttributePaths? excluded)
    {
        _only = only;
        _excluded = excluded;
    }

    public static ScimAttributeSelection All { get; } = new(null, null);

    public static ScimAttributeSelection Parse(string? attributes, string? excludedAttributes)
    {
        var only = ScimAttributePaths.Parse(attributes);
        var excluded = ScimAttributePaths.Parse(excludedAttributes);
        // Most requests name neither: they share one instance, and Apply leaves their resources as rendered.
        return only is null && excluded is null ? All : new ScimAttributeSelection(only, excluded);
    }

    /// <summary>Whether any part of <paramref name="attribute"/> is returned; `excludedAttributes=members.display` still wants members.</summary>
    public bool Wants(string attribute) =>
        (_only is null || _only.Child(attribute) is not null) && _excluded?.Child(attribute) is not { Whole: true };

    public JsonObject Apply(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        _only?.KeepOnly(resource);
        _excluded?.Remove(resource);
        return resource;
    }
}

using System.Text.Json.Nodes;

namespace CatoScim.Scim.Discovery;

/// <summary>
/// One RFC 7643 §7 attribute definition. Immutable so the shared schema definitions cannot be altered by a caller;
/// each fluent call returns a copy. Defaults are those of RFC 7643 §2.2.
/// </summary>
public sealed record ScimAttribute
{
    private ScimAttribute(string name, string type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public string Type { get; }

    public string Description { get; }

    public bool MultiValued { get; private init; }

    public bool Required { get; private init; }

    public bool CaseExact { get; private init; }

    public string Mutability { get; private init; } = "readWrite";

    public string Returned { get; private init; } = "default";

    public string Uniqueness { get; private init; } = "none";

    public IReadOnlyList<string> CanonicalValues { get; private init; } = [];

    public IReadOnlyList<string> ReferenceTypes { get; private init; } = [];

    public IReadOnlyList<ScimAttribute> SubAttributes { get; private init; } = [];

    public static ScimAttribute String(string name, string description) => new(name, "string", description);

    public static ScimAttribute Boolean(string name, string description) => new(name, "boolean", description);

    /// <summary>RFC 7643 §2.3.7: <paramref name="referenceTypes"/> names the resource types the URI may point to.</summary>
    public static ScimAttribute Reference(string name, string description, params string[] referenceTypes) =>
        new(name, "reference", description) { ReferenceTypes = referenceTypes };

    public static ScimAttribute Complex(string name, string description, params ScimAttribute[] subAttributes) =>
        new(name, "complex", description) { SubAttributes = subAttributes };

    public ScimAttribute AsRequired() => this with { Required = true };

    public ScimAttribute AsMultiValued() => this with { MultiValued = true };

    public ScimAttribute AsCaseExact() => this with { CaseExact = true };

    public ScimAttribute AsReadOnly() => this with { Mutability = "readOnly" };

    /// <summary>RFC 7643 §7: settable when the value is added, never changed afterwards.</summary>
    public ScimAttribute AsImmutable() => this with { Mutability = "immutable" };

    public ScimAttribute AsUniqueOnServer() => this with { Uniqueness = "server" };

    public ScimAttribute WithCanonicalValues(params string[] values) => this with { CanonicalValues = values };

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["type"] = Type };
        if (SubAttributes.Count > 0)
        {
            json["subAttributes"] = new JsonArray([.. SubAttributes.Select(s => (JsonNode)s.ToJson())]);
        }

        json["multiValued"] = MultiValued;
        json["description"] = Description;
        json["required"] = Required;
        if (CanonicalValues.Count > 0)
        {
            json["canonicalValues"] = new JsonArray([.. CanonicalValues.Select(v => (JsonNode)v)]);
        }

        // RFC 7643 §7 defines caseExact for string-valued attributes only; references are strings (§2.3.7).
        if (Type is "string" or "reference")
        {
            json["caseExact"] = CaseExact;
        }

        json["mutability"] = Mutability;
        json["returned"] = Returned;
        json["uniqueness"] = Uniqueness;
        if (ReferenceTypes.Count > 0)
        {
            json["referenceTypes"] = new JsonArray([.. ReferenceTypes.Select(v => (JsonNode)v)]);
        }

        return json;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Users;

/// <summary>Typed reads from SCIM JSON: attribute names are case-insensitive (RFC 7643 §2.1).</summary>
internal static class ScimJsonRead
{
    public static JsonNode? Get(JsonObject? obj, string name)
    {
        if (obj is null)
        {
            return null;
        }

        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static bool Has(JsonObject obj, string name) => obj.Any(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>A string attribute: null when absent, JSON null or empty; 400 when not a string or too long.</summary>
    public static string? String(JsonNode? node, string attribute, int maxLength)
    {
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw ScimException.InvalidValue($"'{attribute}' must be a string.");
        }

        var value = node.GetValue<string>().Trim();
        if (value.Length > maxLength)
        {
            throw ScimException.InvalidValue($"'{attribute}' is longer than {maxLength} characters.");
        }

        return value.Length == 0 ? null : value;
    }

    /// <summary>Entra sends booleans as the strings "True"/"False"; both forms are accepted.</summary>
    public static bool? Boolean(JsonNode? node, string attribute)
    {
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(node.GetValue<string>().Trim(), out var parsed) => parsed,
            _ => throw ScimException.InvalidValue($"'{attribute}' must be true or false."),
        };
    }

    public static JsonObject? Object(JsonNode? node, string attribute) => node switch
    {
        null => null,
        JsonObject obj => obj,
        _ => throw ScimException.InvalidValue($"'{attribute}' must be an object."),
    };

    /// <summary>
    /// The value of the entry we keep from a multi-valued attribute (emails, phoneNumbers): the primary one, else
    /// the work one, else the first (RFC 7643 §2.4: at most one primary).
    /// </summary>
    public static string? PrimaryValue(JsonNode? node, string attribute, int maxLength)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray array)
        {
            throw ScimException.InvalidValue($"'{attribute}' must be an array.");
        }

        var entries = array.OfType<JsonObject>().ToList();
        var chosen = entries.FirstOrDefault(e => Boolean(Get(e, "primary"), $"{attribute}.primary") == true)
            ?? entries.FirstOrDefault(e => string.Equals(String(Get(e, "type"), $"{attribute}.type", 64), "work", StringComparison.OrdinalIgnoreCase))
            ?? entries.FirstOrDefault();
        return chosen is null ? null : String(Get(chosen, "value"), $"{attribute}.value", maxLength);
    }
}

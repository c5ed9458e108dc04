using System.Text.Json;

namespace CatoScim.Bench;

/// <summary>Tolerant readers: a malformed body yields null so the caller can count an error instead of crashing.</summary>
internal static class ScimJson
{
    public static int? TotalResults(string body) => ListPage(body)?.TotalResults;

    public static ScimListPage? ListPage(string body)
    {
        using var doc = TryParse(body);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object
            || !doc.RootElement.TryGetProperty("totalResults", out var total) || !total.TryGetInt32(out var totalResults))
        {
            return null;
        }

        var ids = new List<string>();
        if (doc.RootElement.TryGetProperty("Resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in resources.EnumerateArray())
            {
                if (resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    ids.Add(id.GetString()!);
                }
            }
        }

        return new ScimListPage(totalResults, ids);
    }

    public static string? String(string body, string property)
    {
        using var doc = TryParse(body);
        return doc is not null && TryGet(doc.RootElement, property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    public static bool? Bool(string body, string property)
    {
        using var doc = TryParse(body);
        return doc is not null && TryGet(doc.RootElement, property, out var value)
            && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;
    }

    /// <summary>Length of an array attribute; an omitted attribute counts as empty, as SCIM omits empty multi-valued ones.</summary>
    public static int? ArrayLength(string body, string property)
    {
        using var doc = TryParse(body);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!doc.RootElement.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        return value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : null;
    }

    private static bool TryGet(JsonElement root, string property, out JsonElement value)
    {
        value = default;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out value);
    }

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

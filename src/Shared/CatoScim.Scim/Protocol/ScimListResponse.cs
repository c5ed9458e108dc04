using System.Text.Json.Nodes;

namespace CatoScim.Scim.Protocol;

/// <summary>Builds the RFC 7644 §3.4.2 list response used by queries and the discovery endpoints.</summary>
public static class ScimListResponse
{
    /// <param name="resources">The page to return; nodes that already sit in another tree are copied.</param>
    /// <param name="totalResults">Matches across all pages, not just this one (RFC 7644 §3.4.2).</param>
    /// <param name="startIndex">1-based index of the first resource of this page (RFC 7644 §3.4.2.4).</param>
    /// <exception cref="ArgumentOutOfRangeException">The numbers contradict each other.</exception>
    public static JsonObject Build(IReadOnlyCollection<JsonNode> resources, int totalResults, int startIndex = 1)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentOutOfRangeException.ThrowIfLessThan(startIndex, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalResults, resources.Count);

        var items = new JsonArray();
        foreach (var resource in resources)
        {
            items.Add(resource.Parent is null ? resource : resource.DeepClone());
        }

        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimConstants.ListResponseSchema),
            ["totalResults"] = totalResults,

            // itemsPerPage is what this page holds, not the requested count (RFC 7644 §3.4.2.4).
            ["itemsPerPage"] = resources.Count,
            ["startIndex"] = startIndex,

            // Always present, even when empty (RFC 7644 §3.4.2 only requires it for non-zero totals), so clients need no special case.
            ["Resources"] = items,
        };
    }
}

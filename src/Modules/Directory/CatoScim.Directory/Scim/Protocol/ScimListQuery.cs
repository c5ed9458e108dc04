using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CatoScim.Directory.Scim.Protocol;

/// <summary>RFC 7644 §3.4.2: 1-based `startIndex` (below 1 means 1), `count` (negative means 0, capped at maxResults).</summary>
internal sealed record ScimListQuery(string? Filter, int StartIndex, int Count, string? SortBy, bool Descending, ScimAttributeSelection Selection)
{
    public const int DefaultCount = 100;

    public static ScimListQuery From(IQueryCollection query, int maxResults)
    {
        var start = Int(query["startIndex"], "startIndex") ?? 1;
        var count = Int(query["count"], "count") ?? DefaultCount;
        var order = query["sortOrder"].ToString();
        if (order.Length > 0 && !order.Equals("ascending", StringComparison.OrdinalIgnoreCase) && !order.Equals("descending", StringComparison.OrdinalIgnoreCase))
        {
            throw ScimException.InvalidValue("sortOrder must be 'ascending' or 'descending'.");
        }

        var filter = query["filter"].ToString();
        return new ScimListQuery(
            filter.Length == 0 ? null : filter,
            Math.Max(1, start),
            Math.Clamp(count, 0, maxResults),
            query["sortBy"].ToString() is { Length: > 0 } sortBy ? sortBy : null,
            order.Equals("descending", StringComparison.OrdinalIgnoreCase),
            ScimAttributeSelection.Parse(query["attributes"], query["excludedAttributes"]));
    }

    private static int? Int(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw ScimException.InvalidValue($"{name} must be an integer.");
    }
}

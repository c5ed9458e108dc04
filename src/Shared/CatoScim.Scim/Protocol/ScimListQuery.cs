using System.Globalization;

namespace CatoScim.Scim.Protocol;

/// <summary>RFC 7644 §3.4.2: 1-based `startIndex` (below 1 means 1), `count` (negative means 0, capped at maxResults).</summary>
public sealed record ScimListQuery(string? Filter, int StartIndex, int Count, string? SortBy, bool Descending, ScimAttributeSelection Selection)
{
    public const int DefaultCount = 100;

    /// <param name="parameter">The query string value of a parameter by name, null or empty when it is absent.</param>
    /// <param name="maxResults">The largest page served (RFC 7643 §5 "filter.maxResults").</param>
    public static ScimListQuery From(Func<string, string?> parameter, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var start = Int(parameter("startIndex"), "startIndex") ?? 1;
        var count = Int(parameter("count"), "count") ?? DefaultCount;
        var order = parameter("sortOrder") ?? string.Empty;
        if (order.Length > 0 && !order.Equals("ascending", StringComparison.OrdinalIgnoreCase) && !order.Equals("descending", StringComparison.OrdinalIgnoreCase))
        {
            throw ScimException.InvalidValue("sortOrder must be 'ascending' or 'descending'.");
        }

        var filter = parameter("filter");
        return new ScimListQuery(
            string.IsNullOrEmpty(filter) ? null : filter,
            Math.Max(1, start),
            Math.Clamp(count, 0, maxResults),
            parameter("sortBy") is { Length: > 0 } sortBy ? sortBy : null,
            order.Equals("descending", StringComparison.OrdinalIgnoreCase),
            ScimAttributeSelection.Parse(parameter("attributes"), parameter("excludedAttributes")));
    }

    private static int? Int(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        // An integer past Int32 is still an integer: it means "as many as you serve" or "past the end", not an error.
        var digits = value.AsSpan(value[0] is '+' or '-' ? 1 : 0);
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9')
            ? value[0] == '-' ? int.MinValue : int.MaxValue
            : throw ScimException.InvalidValue($"{name} must be an integer.");
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim;

/// <summary>
/// One walk over a parsed body, before any handler reads it. Attribute names are case-insensitive (RFC 7643 §2.1),
/// so an object naming one attribute twice in two casings is ambiguous: which one a reader took would depend on how
/// it looked the name up. With <c>decodeStrings</c> (only a body with escapes can need it) every name and string is
/// also decoded, so an escaped lone surrogate is refused here and not when a handler first reads it, and so is an
/// escaped NUL, which would cut the value short in LDAP, mail headers and C APIs downstream.
/// </summary>
internal static class ScimJsonTree
{
    // Up to this many keys, comparing each with those before it is cheaper than building a set.
    private const int PairwiseMaxKeys = 16;

    /// <exception cref="ScimException">A name repeated in another casing (invalidSyntax) or a NUL (invalidValue).</exception>
    /// <exception cref="InvalidOperationException">A name or string does not decode to valid UTF-16.</exception>
    public static void Check(JsonNode? node, bool decodeStrings) => Check(node, decodeStrings, null);

    private static void Check(JsonNode? node, bool decodeStrings, string? attribute)
    {
        switch (node)
        {
            case JsonObject o:
                var seen = o.Count > PairwiseMaxKeys ? new HashSet<string>(o.Count, StringComparer.OrdinalIgnoreCase) : null;
                for (var i = 0; i < o.Count; i++)
                {
                    var (key, value) = o.GetAt(i);
                    if (decodeStrings && key.Contains('\0', StringComparison.Ordinal))
                    {
                        throw ScimException.InvalidValue($"The attribute name \"{Shown(key)}\" holds a NUL character (\\u0000); this service does not accept one.");
                    }

                    if (seen is null ? RepeatsEarlierKey(o, i, key) : !seen.Add(key))
                    {
                        var first = o.First(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Key;
                        throw ScimException.InvalidSyntax(
                            $"The request body names the attribute \"{Shown(first)}\" twice in one object (as \"{Shown(first)}\" and \"{Shown(key)}\"); attribute names are case-insensitive (RFC 7643 §2.1), so send it once.");
                    }

                    Check(value, decodeStrings, key);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Check(item, decodeStrings, attribute);
                }

                break;
            case JsonValue v when decodeStrings && v.GetValueKind() == JsonValueKind.String:
                if (v.GetValue<string>().Contains('\0', StringComparison.Ordinal))
                {
                    throw ScimException.InvalidValue($"A string in \"{Shown(attribute)}\" holds a NUL character (\\u0000); this service does not accept one.");
                }

                break;
        }
    }

    private static bool RepeatsEarlierKey(JsonObject o, int index, string key)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(o.GetAt(j).Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A NUL is shown escaped, as the client wrote it; a name can be megabytes long.
    private static string Shown(string? name) => ScimExcerpt.Of(name?.Replace("\0", "\\u0000", StringComparison.Ordinal), 100);
}

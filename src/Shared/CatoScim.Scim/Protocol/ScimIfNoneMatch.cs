namespace CatoScim.Scim.Protocol;

/// <summary>
/// The <c>If-None-Match</c> precondition of a conditional GET (RFC 7644 §3.14, RFC 7232 §3.2): when it holds a
/// tag of the resource's current version, the server answers 304 instead of the representation.
/// </summary>
public static class ScimIfNoneMatch
{
    /// <summary>
    /// True when <paramref name="header"/> (the field's lines joined by commas) is <c>*</c> or lists
    /// <paramref name="currentETag"/> under weak comparison (RFC 7232 §2.3.2: <c>W/"3"</c> and <c>"3"</c> are the same
    /// version). A malformed field matches nothing: answering the full representation is never wrong, a 304 the
    /// client did not ask for is.
    /// </summary>
    public static bool Matches(string? header, string currentETag)
    {
        ArgumentNullException.ThrowIfNull(currentETag);
        var value = header.AsSpan().Trim();
        if (value.IsEmpty)
        {
            return false;
        }

        if (value is "*")
        {
            return true;
        }

        var current = Opaque(currentETag.AsSpan());
        var matched = false;
        while (!value.IsEmpty)
        {
            value = value.TrimStart(" \t,");
            if (value.IsEmpty)
            {
                break;
            }

            if (value.StartsWith("W/", StringComparison.Ordinal))
            {
                value = value[2..];
            }

            // An opaque tag may itself contain commas (RFC 7232 §2.3 etagc), so the list is read tag by tag, not split.
            var close = value.Length > 1 && value[0] == '"' ? value[1..].IndexOf('"') : -1;
            if (close < 0)
            {
                return false;
            }

            matched |= value[..(close + 2)].SequenceEqual(current);
            value = value[(close + 2)..];
            var next = value.TrimStart(" \t");
            if (!next.IsEmpty && next[0] != ',')
            {
                return false;
            }

            value = next;
        }

        return matched;
    }

    private static ReadOnlySpan<char> Opaque(ReadOnlySpan<char> etag) =>
        etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
}

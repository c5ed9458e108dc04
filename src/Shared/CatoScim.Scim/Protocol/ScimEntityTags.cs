namespace CatoScim.Scim.Protocol;

/// <summary>
/// The value of an <c>If-Match</c> or <c>If-None-Match</c> field (RFC 7232 §3.1, §3.2): <c>*</c> or a comma-separated
/// list of entity tags, compared with a resource's current tag.
/// </summary>
internal static class ScimEntityTags
{
    /// <summary>
    /// True when <paramref name="field"/> (the field's lines joined by commas) is <c>*</c> or lists
    /// <paramref name="currentETag"/> under weak comparison (RFC 7232 §2.3.2: <c>W/"3"</c> and <c>"3"</c> are the same
    /// version; SCIM servers issue weak tags and clients echo them with or without the prefix). A malformed field
    /// matches nothing.
    /// </summary>
    public static bool Lists(string? field, string currentETag)
    {
        ArgumentNullException.ThrowIfNull(currentETag);
        var value = field.AsSpan().Trim();
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

using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

/// <summary>
/// Entry points for RFC 7644 §3.4.2.2 filters and §3.5.2 PATCH paths. Errors are
/// <see cref="ScimFilterException"/> with the 0-based character position.
/// </summary>
public static class ScimFilterParser
{
    /// <exception cref="ScimFilterException">The filter is invalid or over <paramref name="limits"/>.</exception>
    public static ScimFilter Parse(string filter, ScimLimits? limits = null)
    {
        limits ??= ScimLimits.Default;
        if (string.IsNullOrWhiteSpace(filter))
        {
            throw new ScimFilterException("The filter is empty", 0);
        }

        if (filter.Length > limits.MaxFilterLength)
        {
            throw ScimFilterLimits.TooLong("filter", limits.MaxFilterLength);
        }

        return Guarded(limits, () =>
        {
            var cursor = new ScimFilterCursor(filter, limits.MaxFilterDepth);
            var result = ScimFilterGrammar.ParseOr(cursor);
            cursor.ExpectEnd();
            return result;
        });
    }

    /// <exception cref="ScimFilterException">The path is invalid or over <paramref name="limits"/>.</exception>
    public static ScimPath ParsePath(string path, ScimLimits? limits = null)
    {
        limits ??= ScimLimits.Default;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ScimFilterException("The path is empty", 0);
        }

        if (path.Length > limits.MaxPathLength)
        {
            throw ScimFilterLimits.TooLong("path", limits.MaxPathLength);
        }

        return Guarded(limits, () => ReadPath(new ScimFilterCursor(path, limits.MaxFilterDepth)));
    }

    private static T Guarded<T>(ScimLimits limits, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InsufficientExecutionStackException)
        {
            throw ScimFilterLimits.TooDeep(limits.MaxFilterDepth, 0);
        }
    }

    private static ScimPath ReadPath(ScimFilterCursor cursor)
    {
        var token = cursor.Take(ScimFilterTokenKind.Word, "an attribute name");
        var attribute = ScimAttributePathParser.Read(token.Text, token.Position);
        ScimFilter? valueFilter = null;
        if (cursor.Current.Kind == ScimFilterTokenKind.OpenBracket)
        {
            ScimFilterGrammar.RejectSubAttributeBeforeBracket(cursor, attribute);
            cursor.Enter();
            cursor.Advance();
            valueFilter = ScimFilterGrammar.ParseOr(cursor);
            cursor.Take(ScimFilterTokenKind.CloseBracket, "']'");
            cursor.Leave();
            if (cursor.AtDottedWord)
            {
                var sub = cursor.Current;
                cursor.Advance();
                var subPath = ScimAttributePathParser.Read(sub.Text[1..], sub.Position + 1);
                if (subPath.Schema is not null || subPath.SubAttribute is not null)
                {
                    throw new ScimFilterException($"'{ScimExcerpt.Of(sub.Text[1..])}' is not a valid sub-attribute", sub.Position + 1);
                }

                attribute = attribute with { SubAttribute = subPath.Name };
            }
        }

        cursor.ExpectEnd();
        return new ScimPath(attribute, valueFilter);
    }
}

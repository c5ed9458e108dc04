namespace CatoScim.Scim.Filter;

/// <summary>
/// Entry points for RFC 7644 §3.4.2.2 filters and §3.5.2 PATCH paths. Errors are
/// <see cref="ScimFilterException"/> with the 0-based character position.
/// </summary>
public static class ScimFilterParser
{
    public static ScimFilter Parse(string filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            throw new ScimFilterException("The filter is empty", 0);
        }

        var cursor = new ScimFilterCursor(filter);
        var result = ScimFilterGrammar.ParseOr(cursor);
        cursor.ExpectEnd();
        return result;
    }

    public static ScimPath ParsePath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ScimFilterException("The path is empty", 0);
        }

        var cursor = new ScimFilterCursor(path);
        var token = cursor.Take(ScimFilterTokenKind.Word, "an attribute name");
        var attribute = ScimAttributePathReader.Read(token.Text, token.Position);
        ScimFilter? valueFilter = null;
        if (cursor.Current.Kind == ScimFilterTokenKind.OpenBracket)
        {
            ScimFilterGrammar.RejectSubAttributeBeforeBracket(cursor, attribute);
            cursor.Advance();
            valueFilter = ScimFilterGrammar.ParseOr(cursor);
            cursor.Take(ScimFilterTokenKind.CloseBracket, "']'");
            if (cursor.AtDottedWord)
            {
                var sub = cursor.Current;
                cursor.Advance();
                var subPath = ScimAttributePathReader.Read(sub.Text[1..], sub.Position + 1);
                if (subPath.Schema is not null || subPath.SubAttribute is not null)
                {
                    throw new ScimFilterException($"'{sub.Text[1..]}' is not a valid sub-attribute", sub.Position + 1);
                }

                attribute = attribute with { SubAttribute = subPath.Name };
            }
        }

        cursor.ExpectEnd();
        return new ScimPath(attribute, valueFilter);
    }
}

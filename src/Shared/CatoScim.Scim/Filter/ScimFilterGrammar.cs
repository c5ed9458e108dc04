using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

/// <summary>
/// "and" binds tighter than "or" (RFC 7644 §3.4.2.2). Deliberately lenient where real clients and
/// SCIMMY are: "not" without parentheses and a comparison after a value filter (<c>emails[type eq "work"] pr</c>).
/// </summary>
internal static class ScimFilterGrammar
{
    public static ScimFilter ParseOr(ScimFilterCursor cursor)
    {
        var left = ParseAnd(cursor);
        while (cursor.Current.IsWord("or"))
        {
            cursor.Advance();
            left = new ScimLogicalFilter(ScimLogicalOperator.Or, left, ParseAnd(cursor));
        }

        return left;
    }

    public static void RejectSubAttributeBeforeBracket(ScimFilterCursor cursor, ScimAttributePath path)
    {
        if (path.SubAttribute is not null)
        {
            throw new ScimFilterException(
                $"A '[...]' filter must follow a multi-valued attribute, not '{ScimExcerpt.Of(path.ToString())}'", cursor.Current.Position);
        }
    }

    private static ScimFilter ParseAnd(ScimFilterCursor cursor)
    {
        var left = ParseUnary(cursor);
        while (cursor.Current.IsWord("and"))
        {
            cursor.Advance();
            left = new ScimLogicalFilter(ScimLogicalOperator.And, left, ParseUnary(cursor));
        }

        return left;
    }

    private static ScimFilter ParseUnary(ScimFilterCursor cursor)
    {
        if (cursor.Current.IsWord("not") && !ScimComparisonParser.IsAttributeNamedNot(cursor))
        {
            cursor.Enter();
            cursor.Advance();
            var negated = new ScimNotFilter(ParseUnary(cursor));
            cursor.Leave();
            return negated;
        }

        if (cursor.Current.Kind == ScimFilterTokenKind.OpenParen)
        {
            cursor.Enter();
            cursor.Advance();
            var inner = ParseOr(cursor);
            cursor.Take(ScimFilterTokenKind.CloseParen, "')'");
            cursor.Leave();
            return inner;
        }

        var token = cursor.Take(ScimFilterTokenKind.Word, "an attribute name");
        if (token.Text.StartsWith('.'))
        {
            throw new ScimFilterException($"'{ScimExcerpt.Of(token.Text)}' is not a valid attribute name", token.Position);
        }

        var path = ScimAttributePathParser.Read(token.Text, token.Position);
        return cursor.Current.Kind == ScimFilterTokenKind.OpenBracket
            ? ParseValuePath(cursor, path)
            : ScimComparisonParser.Read(cursor, path);
    }

    private static ScimFilter ParseValuePath(ScimFilterCursor cursor, ScimAttributePath path)
    {
        cursor.Enter();
        var filter = ParseValuePathInside(cursor, path);
        cursor.Leave();
        return filter;
    }

    private static ScimFilter ParseValuePathInside(ScimFilterCursor cursor, ScimAttributePath path)
    {
        RejectSubAttributeBeforeBracket(cursor, path);
        cursor.Advance();
        var elementFilter = ParseOr(cursor);
        cursor.Take(ScimFilterTokenKind.CloseBracket, "']'");
        if (cursor.AtDottedWord)
        {
            var token = cursor.Current;
            cursor.Advance();
            var sub = ScimAttributePathParser.Read(token.Text[1..], token.Position + 1);
            var tail = cursor.Current.Kind == ScimFilterTokenKind.OpenBracket
                ? ParseValuePath(cursor, sub)
                : ScimComparisonParser.Read(cursor, sub);
            return new ScimValuePathFilter(path, new ScimLogicalFilter(ScimLogicalOperator.And, elementFilter, tail));
        }

        if (cursor.Current.Kind == ScimFilterTokenKind.Word && ScimFilterOperators.TryParse(cursor.Current.Text, out _))
        {
            // RFC 7643 §2.4: an element's own value is its "value" sub-attribute; "pr" adds nothing
            // because the bracket filter already requires a matching element.
            var comparison = ScimComparisonParser.Read(cursor, new ScimAttributePath(null, "value", null));
            return comparison.Operator == ScimComparisonOperator.Present
                ? new ScimValuePathFilter(path, elementFilter)
                : new ScimValuePathFilter(path, new ScimLogicalFilter(ScimLogicalOperator.And, elementFilter, comparison));
        }

        return new ScimValuePathFilter(path, elementFilter);
    }
}

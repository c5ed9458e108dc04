using System.Globalization;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

internal static class ScimComparisonParser
{
    public static ScimComparisonFilter Read(ScimFilterCursor cursor, ScimAttributePath path)
    {
        var token = cursor.Current;
        if (token.Kind != ScimFilterTokenKind.Word)
        {
            throw new ScimFilterException(
                $"An operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) was expected after '{ScimExcerpt.Of(path.ToString())}'", token.Position);
        }

        if (!ScimFilterOperators.TryParse(token.Text, out var op))
        {
            throw new ScimFilterException(
                $"'{ScimExcerpt.Of(token.Text)}' is not a SCIM filter operator; use eq, ne, co, sw, ew, gt, ge, lt, le or pr", token.Position);
        }

        cursor.Advance();
        return new ScimComparisonFilter(path, op, op == ScimComparisonOperator.Present ? null : ReadValue(cursor, token));
    }

    // SCIMMY reads `not not sw "A"` as a negated attribute called "not"; only treat "not" as an
    // attribute name when an operator and a complete operand follow it.
    public static bool IsAttributeNamedNot(ScimFilterCursor cursor)
    {
        var next = cursor.Peek(1);
        if (next.Kind != ScimFilterTokenKind.Word || !ScimFilterOperators.TryParse(next.Text, out var op))
        {
            return false;
        }

        var after = cursor.Peek(2);
        return op == ScimComparisonOperator.Present
            ? after.Kind is ScimFilterTokenKind.End or ScimFilterTokenKind.CloseParen or ScimFilterTokenKind.CloseBracket
                || after.IsWord("and") || after.IsWord("or")
            : after.Kind == ScimFilterTokenKind.String;
    }

    private static object? ReadValue(ScimFilterCursor cursor, ScimFilterToken operatorToken)
    {
        var token = cursor.Current;
        if (token.Kind == ScimFilterTokenKind.String)
        {
            cursor.Advance();
            return token.Text;
        }

        if (token.Kind != ScimFilterTokenKind.Word || token.IsWord("and") || token.IsWord("or"))
        {
            throw new ScimFilterException($"A value was expected after '{operatorToken.Text}'", token.Position);
        }

        cursor.Advance();
        if (token.IsWord("true") || token.IsWord("false"))
        {
            return token.IsWord("true");
        }

        if (token.IsWord("null"))
        {
            return null;
        }

        // Unquoted non-numeric words (e.g. 123abc) are taken as strings, as SCIMMY and lenient clients do.
        return decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : token.Text;
    }
}

namespace CatoScim.Scim.Filter;

internal static class ScimFilterOperators
{
    public static bool TryParse(string text, out ScimComparisonOperator op)
    {
        op = text.ToUpperInvariant() switch
        {
            "EQ" => ScimComparisonOperator.Equal,
            "NE" => ScimComparisonOperator.NotEqual,
            "CO" => ScimComparisonOperator.Contains,
            "SW" => ScimComparisonOperator.StartsWith,
            "EW" => ScimComparisonOperator.EndsWith,
            "GT" => ScimComparisonOperator.GreaterThan,
            "GE" => ScimComparisonOperator.GreaterOrEqual,
            "LT" => ScimComparisonOperator.LessThan,
            "LE" => ScimComparisonOperator.LessOrEqual,
            "PR" => ScimComparisonOperator.Present,
            _ => (ScimComparisonOperator)(-1),
        };
        return Enum.IsDefined(op);
    }
}

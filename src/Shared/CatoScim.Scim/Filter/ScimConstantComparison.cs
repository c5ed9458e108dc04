using System.Globalization;

namespace CatoScim.Scim.Filter;

internal static class ScimConstantComparison
{
    public static bool Evaluate(object constant, ScimComparisonFilter filter)
    {
        if (filter.Operator == ScimComparisonOperator.Present)
        {
            return true;
        }

        if (filter.Value is null)
        {
            return filter.Operator == ScimComparisonOperator.NotEqual;
        }

        if (constant is bool flag)
        {
            return filter.Value is bool other && filter.Operator is ScimComparisonOperator.Equal or ScimComparisonOperator.NotEqual
                ? (flag == other) == (filter.Operator == ScimComparisonOperator.Equal)
                : throw new ScimFilterException(
                    $"The attribute '{filter.Path}' is true or false; only eq, ne and pr with true or false apply to it");
        }

        // Constant string sub-attributes are canonical values such as "work" (RFC 7643 §2.4, caseExact false).
        var left = Convert.ToString(constant, CultureInfo.InvariantCulture)!;
        var right = Convert.ToString(filter.Value, CultureInfo.InvariantCulture)!;
        var comparison = string.Compare(left, right, StringComparison.OrdinalIgnoreCase);
        return filter.Operator switch
        {
            ScimComparisonOperator.Equal => comparison == 0,
            ScimComparisonOperator.NotEqual => comparison != 0,
            ScimComparisonOperator.Contains => left.Contains(right, StringComparison.OrdinalIgnoreCase),
            ScimComparisonOperator.StartsWith => left.StartsWith(right, StringComparison.OrdinalIgnoreCase),
            ScimComparisonOperator.EndsWith => left.EndsWith(right, StringComparison.OrdinalIgnoreCase),
            ScimComparisonOperator.GreaterThan => comparison > 0,
            ScimComparisonOperator.GreaterOrEqual => comparison >= 0,
            ScimComparisonOperator.LessThan => comparison < 0,
            _ => comparison <= 0,
        };
    }
}

using System.Globalization;
using System.Linq.Expressions;
using static System.Linq.Expressions.Expression;

namespace CatoScim.Scim.Filter;

internal static class ScimColumnComparison
{
    public static Expression Build(ScimColumnAttribute column, Expression row, ScimComparisonFilter filter)
    {
        var member = ScimExpressionHelpers.Bind(column.Column, row);
        var nullable = ScimExpressionHelpers.IsNullable(member.Type);
        if (filter.Operator == ScimComparisonOperator.Present)
        {
            // RFC 7644 §3.4.2.2: "pr" means non-empty; an empty string counts as absent.
            var notNull = nullable ? NotEqual(member, Constant(null, member.Type)) : (Expression)Constant(true);
            return column.Kind == ScimColumnKind.String ? AndAlso(notNull, NotEqual(member, Constant(string.Empty))) : notNull;
        }

        if (filter.Value is null)
        {
            return filter.Operator switch
            {
                ScimComparisonOperator.Equal => nullable ? Equal(member, Constant(null, member.Type)) : Constant(false),
                ScimComparisonOperator.NotEqual => nullable ? NotEqual(member, Constant(null, member.Type)) : Constant(true),
                _ => throw new ScimFilterException($"The attribute '{filter.Path}' can only be compared with null using eq or ne"),
            };
        }

        return column.Kind switch
        {
            ScimColumnKind.String => ScimStringComparison.Build(column.Casing, member, filter),
            ScimColumnKind.Boolean => Ordered(member, filter, RequireBool(filter), allowOrdering: false),
            ScimColumnKind.DateTime => Ordered(member, filter, ParseDate(filter), allowOrdering: true),
            ScimColumnKind.Guid => CompareGuid(member, filter),
            _ => Ordered(member, filter, ConvertNumber(filter, member.Type), allowOrdering: true),
        };
    }

    private static Expression Ordered(Expression member, ScimComparisonFilter filter, object value, bool allowOrdering)
    {
        var parameter = ScimExpressionHelpers.Parameter(value, member.Type);
        return filter.Operator switch
        {
            ScimComparisonOperator.Equal => Equal(member, parameter),
            ScimComparisonOperator.NotEqual => NotEqual(member, parameter),
            ScimComparisonOperator.GreaterThan when allowOrdering => GreaterThan(member, parameter),
            ScimComparisonOperator.GreaterOrEqual when allowOrdering => GreaterThanOrEqual(member, parameter),
            ScimComparisonOperator.LessThan when allowOrdering => LessThan(member, parameter),
            ScimComparisonOperator.LessOrEqual when allowOrdering => LessThanOrEqual(member, parameter),
            _ => throw new ScimFilterException(
                $"The operator '{filter.Operator}' cannot be used with the attribute '{filter.Path}'; " +
                (allowOrdering ? "use eq, ne, gt, ge, lt, le or pr" : "use eq, ne or pr")),
        };
    }

    private static Expression CompareGuid(Expression member, ScimComparisonFilter filter)
    {
        if (filter.Operator is not (ScimComparisonOperator.Equal or ScimComparisonOperator.NotEqual))
        {
            throw new ScimFilterException($"The attribute '{filter.Path}' is an identifier; use eq, ne or pr");
        }

        // An id we could never have issued matches nothing; that is an empty result, not a client error.
        return Guid.TryParse(System.Convert.ToString(filter.Value, CultureInfo.InvariantCulture), out var id)
            ? Ordered(member, filter, id, allowOrdering: false)
            : Constant(filter.Operator == ScimComparisonOperator.NotEqual);
    }

    private static bool RequireBool(ScimComparisonFilter filter) =>
        filter.Value as bool? ?? throw new ScimFilterException(
            $"The attribute '{filter.Path}' is true or false; compare it with true or false without quotes");

    private static DateTime ParseDate(ScimComparisonFilter filter) =>
        filter.Value is string text && DateTimeOffset.TryParse(
            text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : throw new ScimFilterException(
                $"The attribute '{filter.Path}' is a date; give an ISO 8601 value such as \"2024-01-01T00:00:00Z\"");

    private static object ConvertNumber(ScimComparisonFilter filter, Type memberType) =>
        filter.Value is decimal number
            ? System.Convert.ChangeType(number, Nullable.GetUnderlyingType(memberType) ?? memberType, CultureInfo.InvariantCulture)
            : throw new ScimFilterException($"The attribute '{filter.Path}' is a number; compare it with a number without quotes");
}

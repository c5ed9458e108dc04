using System.Globalization;
using System.Linq.Expressions;
using static System.Linq.Expressions.Expression;

namespace CatoScim.Scim.Filter;

internal static class ScimStringComparison
{
    private static readonly System.Reflection.MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly System.Reflection.MethodInfo ToUpperMethod = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;
    private static readonly System.Reflection.MethodInfo SubstringMethod = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly System.Reflection.MethodInfo SubstringFromMethod = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly System.Reflection.PropertyInfo LengthProperty = typeof(string).GetProperty(nameof(string.Length))!;
    private static readonly System.Reflection.MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Build(ScimStringCasing casing, Expression member, ScimComparisonFilter filter)
    {
        if (filter.Value is not (string or decimal))
        {
            throw new ScimFilterException($"The attribute '{filter.Path}' is text; compare it with a quoted value");
        }

        // Unquoted numbers (externalId eq 12345) are lenient input for a text attribute.
        var text = System.Convert.ToString(filter.Value, CultureInfo.InvariantCulture)!;
        var column = member;
        if (casing != ScimStringCasing.Exact)
        {
            // Normalized columns hold ToUpperInvariant() text, so the value must be folded the same way;
            // comparing the bare column keeps "userName eq" an index seek.
            text = text.ToUpperInvariant();
            column = casing == ScimStringCasing.UpperInSql ? Call(member, ToUpperMethod) : member;
        }

        var value = ScimExpressionHelpers.Parameter(text, typeof(string));
        return filter.Operator switch
        {
            ScimComparisonOperator.Equal => Equal(column, value),
            ScimComparisonOperator.NotEqual => NotEqual(column, value),
            ScimComparisonOperator.Contains => Call(column, ContainsMethod, value),
            ScimComparisonOperator.StartsWith when casing == ScimStringCasing.Exact => ExactAffix(column, value, text.Length, prefix: true),
            ScimComparisonOperator.EndsWith when casing == ScimStringCasing.Exact => ExactAffix(column, value, text.Length, prefix: false),
            ScimComparisonOperator.StartsWith => Call(column, StartsWithMethod, value),
            ScimComparisonOperator.EndsWith => Call(column, EndsWithMethod, value),
            ScimComparisonOperator.GreaterThan => GreaterThan(Call(CompareMethod, column, value), Constant(0)),
            ScimComparisonOperator.GreaterOrEqual => GreaterThanOrEqual(Call(CompareMethod, column, value), Constant(0)),
            ScimComparisonOperator.LessThan => LessThan(Call(CompareMethod, column, value), Constant(0)),
            _ => LessThanOrEqual(Call(CompareMethod, column, value), Constant(0)),
        };
    }

    // EF translates StartsWith/EndsWith to LIKE, which SQLite evaluates case-insensitively;
    // caseExact attributes (RFC 7643 §2.2) need a real equality on the prefix or suffix.
    private static Expression ExactAffix(Expression column, Expression value, int length, bool prefix)
    {
        var columnLength = Property(column, LengthProperty);
        var affix = prefix
            ? Call(column, SubstringMethod, Constant(0), Constant(length))
            : Call(column, SubstringFromMethod, Subtract(columnLength, Constant(length)));
        return AndAlso(GreaterThanOrEqual(columnLength, Constant(length)), Equal(affix, value));
    }
}

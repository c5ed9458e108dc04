using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Tests.Filter;

internal sealed record ScimmyLiteral(string[] Path, bool Negated, ScimComparisonFilter Comparison)
{
    public JsonArray ToJson()
    {
        var result = new JsonArray();
        if (Negated)
        {
            result.Add("not");
        }

        result.Add(Operator(Comparison.Operator));
        if (Comparison.Operator != ScimComparisonOperator.Present)
        {
            result.Add(Comparison.Value switch
            {
                null => null,
                bool b => JsonValue.Create(b),
                decimal d => JsonValue.Create(d),
                var other => JsonValue.Create((string)other),
            });
        }

        return result;
    }

    private static string Operator(ScimComparisonOperator op) => op switch
    {
        ScimComparisonOperator.Equal => "eq",
        ScimComparisonOperator.NotEqual => "ne",
        ScimComparisonOperator.Contains => "co",
        ScimComparisonOperator.StartsWith => "sw",
        ScimComparisonOperator.EndsWith => "ew",
        ScimComparisonOperator.GreaterThan => "gt",
        ScimComparisonOperator.GreaterOrEqual => "ge",
        ScimComparisonOperator.LessThan => "lt",
        ScimComparisonOperator.LessOrEqual => "le",
        _ => "pr",
    };
}

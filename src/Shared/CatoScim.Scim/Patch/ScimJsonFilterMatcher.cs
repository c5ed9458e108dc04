using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>
/// Evaluates a PATCH value filter (<c>emails[type eq "work"]</c>) against rendered elements. Strings compare
/// case-insensitively: the sub-attributes used in PATCH filters (type, value ids, display) are not caseExact.
/// </summary>
internal static class ScimJsonFilterMatcher
{
    /// <exception cref="ScimPatchException">The filter nests deeper than any parsed filter can (invalidFilter).</exception>
    public static bool Matches(JsonObject element, ScimFilter filter) => Compile(filter)(element);

    /// <summary>
    /// The filter as a predicate, built once per operation: evaluating it for each of 10,000 elements then allocates
    /// nothing and recurses only as deep as the filter nests (chains of and/or are loops).
    /// </summary>
    /// <exception cref="ScimPatchException">The filter nests deeper than any parsed filter can (invalidFilter).</exception>
    public static Func<JsonObject, bool> Compile(ScimFilter filter)
    {
        try
        {
            return Compile(filter, 0);
        }
        catch (ScimFilterException e)
        {
            throw new ScimPatchException(ScimErrorType.InvalidFilter, e.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ScimPatchException(ScimErrorType.InvalidFilter, ScimFilterLimits.TooDeep(ScimLimits.WalkerDepthCeiling, 0).Message);
        }
    }

    /// <summary>The "attr eq value" facts of an and-only filter, used to build the element Okta and Entra expect us to create.</summary>
    public static JsonObject EqualityTemplate(ScimFilter filter)
    {
        var template = ScimJson.NewObject();
        var facts = filter is ScimLogicalFilter { Operator: ScimLogicalOperator.And } and ? ScimFilterLimits.Operands(and) : [filter];
        foreach (var fact in facts)
        {
            if (fact is ScimComparisonFilter { Operator: ScimComparisonOperator.Equal, Value: not null, Path.SubAttribute: null } eq)
            {
                template[eq.Path.Name] = eq.Value switch
                {
                    bool b => JsonValue.Create(b),
                    decimal d => JsonValue.Create(d),
                    var other => JsonValue.Create((string)other),
                };
            }
        }

        return template;
    }

    private static Func<JsonObject, bool> Compile(ScimFilter filter, int depth)
    {
        ScimFilterLimits.Walk(depth);
        switch (filter)
        {
            case ScimLogicalFilter { Operator: ScimLogicalOperator.And } and:
                var all = ScimFilterLimits.Operands(and).ConvertAll(operand => Compile(operand, depth + 1)).ToArray();
                return element => Array.TrueForAll(all, part => part(element));
            case ScimLogicalFilter or:
                var any = ScimFilterLimits.Operands(or).ConvertAll(operand => Compile(operand, depth + 1)).ToArray();
                return element => Array.Exists(any, part => part(element));
            case ScimNotFilter not:
                var inner = Compile(not.Inner, depth + 1);
                return element => !inner(element);
            case ScimValuePathFilter valuePath:
                var name = valuePath.Path.Name;
                var each = Compile(valuePath.Filter, depth + 1);
                return element => ScimJson.Get(element, name) switch
                {
                    JsonArray items => items.OfType<JsonObject>().Any(each),
                    JsonObject single => each(single),
                    _ => false,
                };
            case ScimComparisonFilter comparison:
                return element => Compare(Resolve(element, comparison.Path), comparison);
            default:
                return _ => false;
        }
    }

    private static JsonNode? Resolve(JsonObject element, ScimAttributePath path)
    {
        var node = ScimJson.Get(element, path.Name);
        return path.SubAttribute is null ? node : node is JsonObject complex ? ScimJson.Get(complex, path.SubAttribute) : null;
    }

    private static bool Compare(JsonNode? node, ScimComparisonFilter filter)
    {
        if (filter.Operator == ScimComparisonOperator.Present)
        {
            return node is not null && !(node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)
                && node is not JsonArray { Count: 0 };
        }

        if (node is null || filter.Value is null)
        {
            var equal = node is null && filter.Value is null;
            return filter.Operator switch
            {
                ScimComparisonOperator.Equal => equal,
                ScimComparisonOperator.NotEqual => !equal,
                _ => false,
            };
        }

        if (node is not JsonValue value)
        {
            return false;
        }

        if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            var same = filter.Value is bool b && b == value.GetValue<bool>();
            return filter.Operator == ScimComparisonOperator.Equal ? same : filter.Operator == ScimComparisonOperator.NotEqual && !same;
        }

        if (value.GetValueKind() == JsonValueKind.Number && filter.Value is decimal number)
        {
            return Order(value.GetValue<decimal>().CompareTo(number), filter.Operator);
        }

        var left = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        var right = Convert.ToString(filter.Value, CultureInfo.InvariantCulture)!;
        return filter.Operator switch
        {
            ScimComparisonOperator.Contains => left.Contains(right, StringComparison.OrdinalIgnoreCase),
            ScimComparisonOperator.StartsWith => left.StartsWith(right, StringComparison.OrdinalIgnoreCase),
            ScimComparisonOperator.EndsWith => left.EndsWith(right, StringComparison.OrdinalIgnoreCase),
            var op => Order(string.Compare(left, right, StringComparison.OrdinalIgnoreCase), op),
        };
    }

    private static bool Order(int comparison, ScimComparisonOperator op) => op switch
    {
        ScimComparisonOperator.Equal => comparison == 0,
        ScimComparisonOperator.NotEqual => comparison != 0,
        ScimComparisonOperator.GreaterThan => comparison > 0,
        ScimComparisonOperator.GreaterOrEqual => comparison >= 0,
        ScimComparisonOperator.LessThan => comparison < 0,
        ScimComparisonOperator.LessOrEqual => comparison <= 0,
        _ => false,
    };
}

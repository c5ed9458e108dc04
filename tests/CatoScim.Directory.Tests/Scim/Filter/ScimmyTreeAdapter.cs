using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Filter;

namespace CatoScim.Directory.Tests.Scim.Filter;

/// <summary>
/// Converts between our AST and SCIMMY's filter tree: an array of OR-branches, each an object of
/// attribute → [op, value] (or ["not", op, value]), nested objects for sub-attributes.
/// </summary>
internal static class ScimmyTreeAdapter
{
    public static int CountOrBranches(ScimFilter filter) => filter switch
    {
        ScimLogicalFilter { Operator: ScimLogicalOperator.Or } or => CountOrBranches(or.Left) + CountOrBranches(or.Right),
        ScimLogicalFilter and => CountOrBranches(and.Left) * CountOrBranches(and.Right),
        ScimNotFilter not => CountOrBranches(not.Inner),
        ScimValuePathFilter valuePath => CountOrBranches(valuePath.Filter),
        _ => 1,
    };

    /// <summary>Null where SCIMMY's tree keeps a shape our AST normalizes away (negated value paths).</summary>
    public static JsonArray? TryToTree(ScimFilter filter)
    {
        var branches = Branches(filter, [], negated: false);
        if (branches is null)
        {
            return null;
        }

        var tree = new JsonArray();
        foreach (var branch in branches)
        {
            var obj = new JsonObject();
            foreach (var literal in branch)
            {
                AddLiteral(obj, literal);
            }

            tree.Add(obj);
        }

        return tree;
    }

    /// <summary>Turns a match.targets expression back into filter text for our parser.</summary>
    public static string ToFilterString(JsonNode tree) => tree is JsonArray branches
        ? string.Join(" or ", branches.Select(b => $"({ToFilterString(b!)})"))
        : string.Join(" and ", tree.AsObject().Select(p => Entry(p.Key, p.Value!)));

    private static string Entry(string key, JsonNode node) => node switch
    {
        JsonObject obj => $"{key}[{ToFilterString(obj)}]",
        JsonArray { Count: 2 } pair when pair[0] is JsonObject inner => $"{key}[{ToFilterString(inner)}] {Comparison(key, pair[1]!.AsArray())[(key.Length + 1)..]}",
        JsonArray list when list[0] is JsonArray => string.Join(" and ", list.Select(c => Comparison(key, c!.AsArray()))),
        _ => Comparison(key, node.AsArray()),
    };

    private static string Comparison(string key, JsonArray parts)
    {
        var op = (string)parts[0]!;
        if (op.Equals("not", StringComparison.OrdinalIgnoreCase))
        {
            return $"not ({Comparison(key, new JsonArray(parts.Skip(1).Select(p => p?.DeepClone()).ToArray()))})";
        }

        return parts.Count > 1 ? $"{key} {op} {parts[1]?.ToJsonString() ?? "null"}" : $"{key} {op}";
    }

    private static List<List<Literal>>? Branches(ScimFilter filter, string[] prefix, bool negated)
    {
        switch (filter)
        {
            case ScimLogicalFilter logical:
                var left = Branches(logical.Left, prefix, negated);
                var right = Branches(logical.Right, prefix, negated);
                if (left is null || right is null)
                {
                    return null;
                }

                return logical.Operator == ScimLogicalOperator.Or
                    ? [.. left, .. right]
                    : [.. left.SelectMany(l => right.Select(r => (List<Literal>)[.. l, .. r]))];
            case ScimNotFilter not:
                // SCIMMY distributes "not" onto each comparison without De Morgan; mirror that for the shape.
                return Branches(not.Inner, prefix, !negated);
            case ScimValuePathFilter valuePath when !negated:
                return Branches(valuePath.Filter, [.. prefix, Key(valuePath.Path.QualifiedName)], negated);
            case ScimComparisonFilter comparison:
                string[] path = comparison.Path.SubAttribute is { } sub
                    ? [.. prefix, Key(comparison.Path.QualifiedName), Key(sub)]
                    : [.. prefix, Key(comparison.Path.QualifiedName)];
                return [[new Literal(path, negated, comparison)]];
            default:
                return null;
        }
    }

    private static void AddLiteral(JsonObject obj, Literal literal)
    {
        var target = obj;
        foreach (var segment in literal.Path[..^1])
        {
            target = (target[segment] ??= new JsonObject()).AsObject();
        }

        var key = literal.Path[^1];
        var value = literal.ToJson();
        if (target[key] is not JsonArray existing)
        {
            target[key] = value;
        }
        else if (existing[0] is JsonArray)
        {
            existing.Add(value);
        }
        else
        {
            target[key] = new JsonArray(existing.DeepClone(), value);
        }
    }

    private static string Key(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record Literal(string[] Path, bool Negated, ScimComparisonFilter Comparison)
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
}

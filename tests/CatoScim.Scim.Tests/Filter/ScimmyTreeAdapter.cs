using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Tests.Filter;

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
                AddScimmyLiteral(obj, literal);
            }

            tree.Add(obj);
        }

        return tree;
    }

    private static List<List<ScimmyLiteral>>? Branches(ScimFilter filter, string[] prefix, bool negated)
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
                    : [.. left.SelectMany(l => right.Select(r => (List<ScimmyLiteral>)[.. l, .. r]))];
            case ScimNotFilter not:
                // SCIMMY distributes "not" onto each comparison without De Morgan; mirror that for the shape.
                return Branches(not.Inner, prefix, !negated);
            case ScimValuePathFilter valuePath when !negated:
                return Branches(valuePath.Filter, [.. prefix, Key(valuePath.Path.QualifiedName)], negated);
            case ScimComparisonFilter comparison:
                string[] path = comparison.Path.SubAttribute is { } sub
                    ? [.. prefix, Key(comparison.Path.QualifiedName), Key(sub)]
                    : [.. prefix, Key(comparison.Path.QualifiedName)];
                return [[new ScimmyLiteral(path, negated, comparison)]];
            default:
                return null;
        }
    }

    private static void AddScimmyLiteral(JsonObject obj, ScimmyLiteral literal)
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
}

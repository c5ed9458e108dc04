using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser;
using GraphQLParser.AST;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// Lets tools learn the schema while data queries keep their limits. `__schema` and `__type` are left out of the data
/// depth and cost (the schema prices them at zero), since the standard introspection query that GraphiQL, Postman and
/// code generators send is deeper than any data query needs (14 levels). An introspection answer is bounded by the
/// schema's size unless the query repeats it, so its shape is bounded instead: no field under two aliases, `fields`,
/// `inputFields`, `interfaces` and `possibleTypes` never inside one another, `ofType` chains of at most 16 (graphql-js
/// asks for 9). Data fields beside introspection in the same document are counted as always.
/// </summary>
internal static class IntrospectionLimits
{
    public const int MaxOfTypeChain = 16;
    public const int MaxTypeLookups = 10;
    private static readonly HashSet<string> TypeLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>Replaces the library's depth check (which counts introspection) with <see cref="Check"/>.</summary>
    public static void Apply(ComplexityOptions options, int maxDepth)
    {
        options.MaxDepth = null;
        options.ValidateComplexityDelegate = context =>
        {
            context.Error ??= Check(context.ValidationContext.Document, context.ValidationContext.Operation, maxDepth);
            return Task.CompletedTask;
        };
    }

    public static ComplexityError? Check(GraphQLDocument document, GraphQLOperationDefinition operation, int maxDepth)
    {
        var walk = new Walk(document);
        var depth = 0;
        foreach (var group in walk.Fields(operation.SelectionSet).GroupBy(f => f.Name.StringValue, StringComparer.Ordinal))
        {
            if (group.Key is not ("__schema" or "__type"))
            {
                depth = Math.Max(depth, group.Max(walk.Depth));
                continue;
            }

            var allowed = group.Key == "__schema" ? 1 : MaxTypeLookups;
            if (group.Select(ResponseKey).Distinct(StringComparer.Ordinal).Count() > allowed)
            {
                return new ComplexityError($"Introspection is too large to execute: '{group.Key}' may be asked for under at most {allowed} response name(s).");
            }

            foreach (var field in group)
            {
                if (walk.IntrospectionProblem(field.SelectionSet, typeLists: 0, ofTypeChain: 0) is { } problem)
                {
                    return new ComplexityError($"Introspection is too large to execute: {problem}");
                }
            }
        }

        return depth > maxDepth
            ? new ComplexityError($"Query is too nested to execute. Maximum depth is {depth} levels; maximum allowed on this endpoint is {maxDepth}.")
            : null;
    }

    private static string ResponseKey(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    /// <summary>Walks selections with fragments spread in place; validation has already refused fragment cycles.</summary>
    private sealed class Walk(GraphQLDocument document)
    {
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);

        public List<GraphQLField> Fields(GraphQLSelectionSet? set)
        {
            var fields = new List<GraphQLField>();
            var spread = new HashSet<string>(StringComparer.Ordinal);
            Collect(set, fields, spread);
            return fields;
        }

        /// <summary>Counted as the library counts: a field with a selection set is one level.</summary>
        public int Depth(GraphQLField field) => field.SelectionSet is null ? 0 : 1 + Depth(field.SelectionSet);

        public string? IntrospectionProblem(GraphQLSelectionSet? set, int typeLists, int ofTypeChain)
        {
            var fields = Fields(set);
            foreach (var group in fields.GroupBy(f => f.Name.StringValue, StringComparer.Ordinal))
            {
                if (group.Select(ResponseKey).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    return $"'{group.Key}' is asked for under more than one response name.";
                }
            }

            foreach (var field in fields.Where(f => f.SelectionSet is not null))
            {
                var name = field.Name.StringValue;
                var chain = name == "ofType" ? ofTypeChain + 1 : 0;
                var lists = typeLists + (TypeLists.Contains(name) ? 1 : 0);
                var problem = chain > MaxOfTypeChain ? $"'ofType' is nested more than {MaxOfTypeChain} times."
                    : lists > 1 ? "'fields', 'inputFields', 'interfaces' and 'possibleTypes' may not be nested inside one another."
                    : IntrospectionProblem(field.SelectionSet, lists, chain);
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }

        private int Depth(GraphQLSelectionSet set)
        {
            var depth = 0;
            foreach (var selection in set.Selections)
            {
                depth = Math.Max(depth, selection switch
                {
                    GraphQLField field => Depth(field),
                    GraphQLInlineFragment inline => Depth(inline.SelectionSet),
                    GraphQLFragmentSpread spread => FragmentDepth(spread.FragmentName.Name.StringValue),
                    _ => 0,
                });
            }

            return depth;
        }

        private int FragmentDepth(string name)
        {
            if (!_fragmentDepths.TryGetValue(name, out var depth))
            {
                depth = document.FindFragmentDefinition(name) is { } fragment ? Depth(fragment.SelectionSet) : 0;
                _fragmentDepths[name] = depth;
            }

            return depth;
        }

        private void Collect(GraphQLSelectionSet? set, List<GraphQLField> fields, HashSet<string> spread)
        {
            foreach (var selection in set?.Selections ?? [])
            {
                switch (selection)
                {
                    case GraphQLField field:
                        fields.Add(field);
                        break;
                    case GraphQLInlineFragment inline:
                        Collect(inline.SelectionSet, fields, spread);
                        break;
                    case GraphQLFragmentSpread fragmentSpread when spread.Add(fragmentSpread.FragmentName.Name.StringValue):
                        Collect(document.FindFragmentDefinition(fragmentSpread.FragmentName.Name.StringValue)?.SelectionSet, fields, spread);
                        break;
                }
            }
        }
    }
}

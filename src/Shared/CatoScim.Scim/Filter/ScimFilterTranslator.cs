using System.Linq.Expressions;

namespace CatoScim.Scim.Filter;

/// <summary>Turns a filter AST into an expression EF Core translates to SQL; nothing runs client-side.</summary>
internal static class ScimFilterTranslator
{
    public static Expression Translate(
        ScimFilter filter, IReadOnlyDictionary<string, ScimMappedAttribute> attributes, Expression row) => filter switch
        {
            ScimLogicalFilter { Operator: ScimLogicalOperator.And } and =>
                Expression.AndAlso(Translate(and.Left, attributes, row), Translate(and.Right, attributes, row)),
            ScimLogicalFilter or =>
                Expression.OrElse(Translate(or.Left, attributes, row), Translate(or.Right, attributes, row)),
            ScimNotFilter not => Expression.Not(Translate(not.Inner, attributes, row)),
            ScimValuePathFilter valuePath => TranslateValuePath(valuePath, attributes, row),
            ScimComparisonFilter comparison => TranslateComparison(comparison, attributes, row),
            _ => throw new ScimFilterException($"Unsupported filter {filter}"),
        };

    private static Expression TranslateValuePath(
        ScimValuePathFilter filter, IReadOnlyDictionary<string, ScimMappedAttribute> attributes, Expression row) =>
        Resolve(attributes, filter.Path.QualifiedName, filter.Path) switch
        {
            ScimCollectionAttribute collection => Any(collection, row, element => Translate(filter.Filter, collection.Element, element)),
            ScimComplexAttribute complex => WhenPresent(complex, row, Translate(filter.Filter, complex.SubAttributes, row)),
            _ => throw new ScimFilterException($"The attribute '{filter.Path}' has no sub-attributes to filter on with '[...]'"),
        };

    private static Expression TranslateComparison(
        ScimComparisonFilter filter, IReadOnlyDictionary<string, ScimMappedAttribute> attributes, Expression row)
    {
        var node = Resolve(attributes, filter.Path.QualifiedName, filter.Path);
        var sub = filter.Path.SubAttribute;
        if (sub is null && node is ScimComplexAttribute or ScimCollectionAttribute)
        {
            if (filter.Operator == ScimComparisonOperator.Present)
            {
                return node is ScimCollectionAttribute presentCollection
                    ? Any(presentCollection, row, _ => Expression.Constant(true))
                    : ((ScimComplexAttribute)node).PresentWhen is { } presentWhen
                        ? ScimExpressionHelpers.Bind(presentWhen, row)
                        : throw Unsupported(filter.Path);
            }

            // RFC 7643 §2.4: a multi-valued attribute's own value is its "value" sub-attribute.
            sub = "value";
        }

        return node switch
        {
            ScimCollectionAttribute collection => Any(collection, row, element =>
                CompareLeaf(Resolve(collection.Element, sub!, filter.Path), filter, element)),
            ScimComplexAttribute complex => WhenPresent(complex, row,
                CompareLeaf(Resolve(complex.SubAttributes, sub!, filter.Path), filter, row)),
            _ when sub is not null => throw Unsupported(filter.Path),
            _ => CompareLeaf(node, filter, row),
        };
    }

    private static Expression CompareLeaf(ScimMappedAttribute node, ScimComparisonFilter filter, Expression row) => node switch
    {
        ScimColumnAttribute column => ScimColumnComparison.Build(column, row, filter),
        ScimConstantAttribute constant => Expression.Constant(ScimConstantComparison.Evaluate(constant.Value, filter)),
        _ => throw Unsupported(filter.Path),
    };

    private static Expression Any(ScimCollectionAttribute collection, Expression row, Func<Expression, Expression> predicate)
    {
        var element = Expression.Parameter(collection.ElementType, "element");
        var lambda = Expression.Lambda(predicate(element), element);
        return Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [collection.ElementType],
            ScimExpressionHelpers.Bind(collection.Navigation, row), lambda);
    }

    private static Expression WhenPresent(ScimComplexAttribute complex, Expression row, Expression predicate) =>
        complex.PresentWhen is null
            ? predicate
            : Expression.AndAlso(ScimExpressionHelpers.Bind(complex.PresentWhen, row), predicate);

    private static ScimMappedAttribute Resolve(
        IReadOnlyDictionary<string, ScimMappedAttribute> attributes, string name, ScimAttributePath pathForErrors) =>
        attributes.TryGetValue(name, out var node) ? node : throw Unsupported(pathForErrors);

    private static ScimFilterException Unsupported(ScimAttributePath path) =>
        new($"The attribute '{path}' is not supported in filters");
}

using System.Linq.Expressions;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Filter;

/// <summary>
/// Which SCIM attributes of <typeparamref name="T"/> can be filtered and sorted, and which columns hold them.
/// Paths may be dotted (<c>name.givenName</c>) or URN-qualified (<c>urn:…:enterprise:2.0:User:department</c>).
/// </summary>
public sealed class ScimAttributeMap<T>
{
    private readonly Dictionary<string, ScimMappedAttribute> _attributes = new(StringComparer.OrdinalIgnoreCase);

    internal IReadOnlyDictionary<string, ScimMappedAttribute> Attributes => _attributes;

    public ScimAttributeMap<T> MapString(string path, Expression<Func<T, string?>> column, bool caseExact) =>
        Add(path, new ScimColumnAttribute(column, ScimColumnKind.String, caseExact ? ScimStringCasing.Exact : ScimStringCasing.UpperInSql));

    /// <summary>A case-insensitive attribute whose column stores <c>ToUpperInvariant()</c> of the value.</summary>
    public ScimAttributeMap<T> MapNormalizedString(string path, Expression<Func<T, string?>> normalizedColumn) =>
        Add(path, new ScimColumnAttribute(normalizedColumn, ScimColumnKind.String, ScimStringCasing.Normalized));

    public ScimAttributeMap<T> MapBoolean(string path, Expression<Func<T, bool?>> column) =>
        Add(path, new ScimColumnAttribute(column, ScimColumnKind.Boolean, ScimStringCasing.Exact));

    public ScimAttributeMap<T> MapDateTime(string path, Expression<Func<T, DateTime?>> utcColumn) =>
        Add(path, new ScimColumnAttribute(utcColumn, ScimColumnKind.DateTime, ScimStringCasing.Exact));

    public ScimAttributeMap<T> MapGuid(string path, Expression<Func<T, Guid?>> column) =>
        Add(path, new ScimColumnAttribute(column, ScimColumnKind.Guid, ScimStringCasing.Exact));

    public ScimAttributeMap<T> MapNumber(string path, Expression<Func<T, decimal?>> column) =>
        Add(path, new ScimColumnAttribute(column, ScimColumnKind.Number, ScimStringCasing.Exact));

    /// <summary>A value every row has, e.g. <c>emails.type</c> = "work"; <paramref name="value"/> is a string or bool.</summary>
    public ScimAttributeMap<T> MapConstant(string path, object value) => Add(path, new ScimConstantAttribute(value), strip: false);

    /// <summary>When a complex attribute kept on the row exists at all (e.g. <c>u => u.Email != null</c>).</summary>
    public ScimAttributeMap<T> PresentWhen(string attribute, Expression<Func<T, bool>> predicate)
    {
        GetComplex(ScimAttributePathParser.Read(attribute, 0).QualifiedName).PresentWhen = predicate;
        return this;
    }

    public ScimAttributeMap<T> MapCollection<TElement>(
        string attribute,
        Expression<Func<T, IEnumerable<TElement>>> navigation,
        Action<ScimAttributeMap<TElement>> element)
    {
        var elementMap = new ScimAttributeMap<TElement>();
        element(elementMap);
        var name = ScimAttributePathParser.Read(attribute, 0).QualifiedName;
        _attributes[name] = new ScimCollectionAttribute(
            ScimExpressionHelpers.StripConversions(navigation), typeof(TElement), elementMap.Attributes);
        return this;
    }

    /// <exception cref="ScimFilterException">The filter uses an attribute or comparison this map cannot serve.</exception>
    public Expression<Func<T, bool>> ToPredicate(ScimFilter filter)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(ScimFilterTranslator.Translate(filter, _attributes, row), row);
    }

    public Expression<Func<T, bool>> ToPredicate(string filter) => ToPredicate(ScimFilterParser.Parse(filter));

    /// <summary>RFC 7644 §3.4.2.3 sortBy: a lambda <c>T => column</c> for any mapped single-valued column.</summary>
    /// <exception cref="ScimFilterException">The attribute is not mapped to a single column.</exception>
    public LambdaExpression GetSortSelector(string attributePath)
    {
        var path = ScimAttributePathParser.Read(attributePath, 0);
        _attributes.TryGetValue(path.QualifiedName, out var node);
        if (path.SubAttribute is not null && node is ScimComplexAttribute complex)
        {
            complex.SubAttributes.TryGetValue(path.SubAttribute, out node);
        }

        return node is ScimColumnAttribute column
            ? column.Column
            : throw new ScimFilterException($"Sorting by '{ScimExcerpt.Of(attributePath)}' is not supported");
    }

    private ScimAttributeMap<T> Add(string path, ScimMappedAttribute attribute, bool strip = true)
    {
        if (strip && attribute is ScimColumnAttribute column)
        {
            attribute = column with { Column = ScimExpressionHelpers.StripConversions(column.Column) };
        }

        var parsed = ScimAttributePathParser.Read(path, 0);
        if (parsed.SubAttribute is null)
        {
            _attributes[parsed.QualifiedName] = attribute;
        }
        else
        {
            GetComplex(parsed.QualifiedName).SubAttributes[parsed.SubAttribute] = attribute;
        }

        return this;
    }

    private ScimComplexAttribute GetComplex(string name)
    {
        if (_attributes.TryGetValue(name, out var existing) && existing is ScimComplexAttribute complex)
        {
            return complex;
        }

        complex = new ScimComplexAttribute();
        _attributes[name] = complex;
        return complex;
    }
}

using System.Linq.Expressions;
using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Protocol;

public static class ScimQueryable
{
    /// <summary>Filter and sort translated to SQL: resources are never loaded to be filtered in memory.</summary>
    /// <param name="limits">Filter length and nesting accepted; <see cref="ScimLimits.Default"/> when null.</param>
    public static IQueryable<T> Apply<T>(
        IQueryable<T> source, ScimAttributeMap<T> map, ScimListQuery query, Expression<Func<T, Guid>> id, ScimLimits? limits = null)
    {
        if (query.Filter is not null)
        {
            try
            {
                source = source.Where(map.ToPredicate(ScimFilterParser.Parse(query.Filter, limits)));
            }
            catch (ScimFilterException ex)
            {
                throw ScimException.InvalidFilter(ex);
            }
        }

        if (query.SortBy is null)
        {
            return source.OrderBy(id);
        }

        LambdaExpression selector;
        try
        {
            selector = map.GetSortSelector(query.SortBy);
        }
        catch (ScimFilterException ex)
        {
            throw ScimException.InvalidValue($"sortBy: {ex.Message}");
        }

        var method = query.Descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy);
        var ordered = (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable), method, [typeof(T), selector.ReturnType], source.Expression, Expression.Quote(selector)));
        // Ties broken by id keep pages stable (RFC 7644 §3.4.2.4 paging over a sorted set).
        return ordered.ThenBy(id);
    }
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// Prices a list by the page it asks for: our pages take `input: { paging: { limit } }` on the page field
/// (`users`, `members`), and the list is its `items`. The library only looks for `first`/`last` and otherwise uses a
/// fixed guess, so without this a page of 1000 would cost as much as a small one and deep nesting would pass. A short
/// list nested in an item takes a `limit` argument of its own (`User.events(limit:)`), priced the same way.
/// </summary>
internal static class PagedListComplexity
{
    /// <summary>Wraps the library's default (kept for everything that is not one of our pages).</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> Over(Func<FieldImpactContext, FieldComplexityResult> fallback) =>
        context => Impact(context, fallback);

    private static FieldComplexityResult Impact(FieldImpactContext context, Func<FieldImpactContext, FieldComplexityResult> fallback)
    {
        var result = fallback(context);
        if (!IsList(context.FieldDefinition.ResolvedType))
        {
            return result;
        }

        var limit = RequestedLimit(context.FieldDefinition, context.Arguments)
            ?? (context.Parent is { } parent ? RequestedLimit(parent.FieldDefinition, parent.Arguments) : null);
        return limit is { } l ? new FieldComplexityResult(result.FieldImpact, Math.Max(1, l)) : result;
    }

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };

    private static int? RequestedLimit(FieldType field, IDictionary<string, ArgumentValue>? arguments)
    {
        if (field.Arguments?.Find("limit") is { } own)
        {
            return arguments is not null && arguments.TryGetValue("limit", out var asked) && asked.Value is int l ? l : own.DefaultValue as int?;
        }

        if (field.Arguments?.Find("input") is not { } argument || Unwrap(argument.ResolvedType) is not IInputObjectGraphType inputType)
        {
            return null;
        }

        var value = arguments is not null && arguments.TryGetValue("input", out var given) ? given.Value : null;
        if (inputType.GetField("paging") is not null)
        {
            // Omitted input or paging still returns a default page.
            return value switch
            {
                IDictionary<string, object?> map => FromMap(map) ?? new PagingInput().Limit,
                null => new PagingInput().Limit,
                var typed => FromObject(typed) ?? new PagingInput().Limit,
            };
        }

        return value switch
        {
            IDictionary<string, object?> map => FromMap(map),
            null => null,
            var typed => FromObject(typed),
        };
    }

    private static IGraphType? Unwrap(IGraphType? type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;

    private static int? FromMap(IDictionary<string, object?> map)
    {
        if (map.TryGetValue("paging", out var paging))
        {
            return paging is IDictionary<string, object?> p && p.TryGetValue("limit", out var l) && l is int i ? i : null;
        }

        return map.TryGetValue("limit", out var limit) && limit is int n ? n : null;
    }

    private static int? FromObject(object input)
    {
        var type = input.GetType();
        if (type.GetProperty("Paging") is { } pagingProperty)
        {
            return pagingProperty.GetValue(input) is PagingInput p ? p.Limit : null;
        }

        return type.GetProperty("Limit")?.GetValue(input) is int limit ? limit : null;
    }
}

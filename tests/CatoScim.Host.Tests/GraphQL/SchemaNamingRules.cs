using GraphQL.Types;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The admin API's naming conventions, checked over any built schema so that a new type breaking one is caught
/// without anybody listing it: inputs `XInput`, filters `XFilterInput`, one sort enum, and mutation `fooBar`
/// returning a non-null `FooBarPayload` that carries its objects under their type's name.
/// </summary>
internal static class SchemaNamingRules
{
    public const string SortEnum = "SortDirection";

    private static readonly string[] SortValues = ["ASC", "DESC"];

    public static List<string> InputNames(ISchema schema) =>
        [.. Types(schema).OfType<IInputObjectGraphType>().Where(t => !t.Name.EndsWith("Input", StringComparison.Ordinal))
            .Select(t => $"input {t.Name} does not end in Input")];

    /// <summary>Every `filter` (input field or argument) takes an `XFilterInput`, and only filters are named so.</summary>
    public static List<string> FilterNames(ISchema schema)
    {
        var found = new List<string>();
        foreach (var (owner, name, type) in InputSlots(schema).Where(s => s.Name == "filter"))
        {
            if (!Unwrap(type).Name.EndsWith("FilterInput", StringComparison.Ordinal))
            {
                found.Add($"{owner}.{name}: {Unwrap(type).Name} does not end in FilterInput");
            }
        }

        found.AddRange(Types(schema).OfType<IInputObjectGraphType>()
            .Where(t => t.Name.Contains("Filter", StringComparison.Ordinal) && !t.Name.EndsWith("FilterInput", StringComparison.Ordinal))
            .Select(t => $"input {t.Name} names a filter but does not end in FilterInput"));
        return found;
    }

    /// <summary>Exactly one enum is {ASC, DESC}, named SortDirection; no other enum orders anything.</summary>
    public static List<string> SortEnums(ISchema schema)
    {
        var enums = Types(schema).OfType<EnumerationGraphType>().ToList();
        var found = new List<string>();
        var sortEnums = enums.Where(e => e.Values.Select(v => v.Name).Order(StringComparer.Ordinal).SequenceEqual(SortValues)).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        if (sortEnums is not [SortEnum])
        {
            found.Add($"the {{ASC, DESC}} enums are [{string.Join(", ", sortEnums)}], not just {SortEnum}");
        }

        foreach (var other in enums.Where(e => e.Name != SortEnum && !sortEnums.Contains(e.Name) && IsSortOrder(e)))
        {
            found.Add($"enum {other.Name} is a sort order other than {SortEnum}");
        }

        return found;
    }

    /// <summary>
    /// Each field `fooBar` of a mutation namespace (`Mutation.directory`, ...) returns `FooBarPayload!`, takes any
    /// `input` as `FooBarInput!`, and its payload names each object it carries after the object's type (`scimToken`,
    /// `replacedScimToken`); a deprecated field kept for old clients is exempt.
    /// </summary>
    public static List<string> MutationPayloads(ISchema schema)
    {
        var found = new List<string>();
        foreach (var root in schema.Mutation?.Fields ?? [])
        {
            if (Unwrap(root.ResolvedType!) is not IObjectGraphType ns)
            {
                found.Add($"Mutation.{root.Name} is not a namespace object");
                continue;
            }

            foreach (var mutation in ns.Fields)
            {
                var where = $"{ns.Name}.{mutation.Name}";
                var payload = $"{Pascal(mutation.Name)}Payload";
                if (mutation.ResolvedType is not NonNullGraphType { ResolvedType: IObjectGraphType returned } || returned.Name != payload)
                {
                    found.Add($"{where} returns {Describe(mutation.ResolvedType!)}, not {payload}!");
                    continue;
                }

                if (mutation.Arguments?.Find("input") is { } input
                    && (input.ResolvedType is not NonNullGraphType nonNull || nonNull.ResolvedType!.Name != $"{Pascal(mutation.Name)}Input"))
                {
                    found.Add($"{where}(input: {Describe(input.ResolvedType!)}) is not {Pascal(mutation.Name)}Input!");
                }

                found.AddRange(returned.Fields
                    .Where(f => f.DeprecationReason is null && Unwrap(f.ResolvedType!) is IObjectGraphType && !IsList(f.ResolvedType!)
                        && !f.Name.EndsWith(Unwrap(f.ResolvedType!).Name, StringComparison.OrdinalIgnoreCase))
                    .Select(f => $"{payload}.{f.Name} carries a {Unwrap(f.ResolvedType!).Name} under another name"));
            }
        }

        return found;
    }

    private static bool IsSortOrder(EnumerationGraphType e) =>
        e.Name.EndsWith("Order", StringComparison.Ordinal) || e.Name.EndsWith("Direction", StringComparison.Ordinal)
        || e.Values.Any(v => v.Name is "ASC" or "DESC" or "ASCENDING" or "DESCENDING"
            || v.Name.EndsWith("_FIRST", StringComparison.Ordinal) || v.Name.EndsWith("_LAST", StringComparison.Ordinal));

    private static IEnumerable<(string Owner, string Name, IGraphType Type)> InputSlots(ISchema schema)
    {
        foreach (var type in Types(schema))
        {
            if (type is IInputObjectGraphType input)
            {
                foreach (var field in input.Fields)
                {
                    yield return (input.Name, field.Name, field.ResolvedType!);
                }
            }
            else if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    foreach (var argument in field.Arguments ?? [])
                    {
                        yield return ($"{complex.Name}.{field.Name}", argument.Name, argument.ResolvedType!);
                    }
                }
            }
        }
    }

    private static IEnumerable<IGraphType> Types(ISchema schema) => schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal));

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private static bool IsList(IGraphType type) => type is ListGraphType || (type is NonNullGraphType nonNull && IsList(nonNull.ResolvedType!));

    private static string Describe(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => $"{Describe(nonNull.ResolvedType!)}!",
        ListGraphType list => $"[{Describe(list.ResolvedType!)}]",
        _ => type.Name,
    };

    private static string Pascal(string name) => string.Concat(name[..1].ToUpperInvariant(), name[1..]);
}

using System.Text.Json.Nodes;

namespace CatoScim.Scim.Tests.Filter;

internal static class ScimmyFilterText
{
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
}

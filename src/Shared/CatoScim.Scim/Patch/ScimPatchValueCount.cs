using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

/// <summary>
/// Counts the values an operation carries: the elements of every array in it, at any depth (a path-less value
/// can hold several multi-valued attributes), and at least one. Stops counting once over the cap.
/// </summary>
internal static class ScimPatchValueCount
{
    public static bool Exceeds(JsonNode? value, int max)
    {
        var count = value is JsonArray ? 0 : 1;
        var pending = new Stack<JsonNode>();
        if (value is not null)
        {
            pending.Push(value);
        }

        while (pending.TryPop(out var node))
        {
            var children = node switch
            {
                JsonArray array => array,
                JsonObject obj => obj.Select(p => p.Value),
                _ => [],
            };
            if (node is JsonArray items)
            {
                count += items.Count;
                if (count > max)
                {
                    return true;
                }
            }

            foreach (var child in children)
            {
                if (child is JsonArray or JsonObject)
                {
                    pending.Push(child);
                }
            }
        }

        return count > max;
    }
}

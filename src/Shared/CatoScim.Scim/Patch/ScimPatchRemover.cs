using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

internal static class ScimPatchRemover
{
    public static void Remove(JsonObject container, string name, string? sub, JsonNode? existing, JsonNode? value)
    {
        if (sub is null)
        {
            if (value is not null && existing is JsonArray items)
            {
                ScimJsonArrays.RemoveMatching(items, value);
                if (items.Count == 0)
                {
                    ScimJson.Remove(container, name);
                }

                return;
            }

            // RFC 7644 §3.5.2.2: removing a single-valued attribute makes it unassigned.
            ScimJson.Remove(container, name);
            return;
        }

        switch (existing)
        {
            case JsonObject complex:
                ScimJson.Remove(complex, sub);
                if (complex.Count == 0)
                {
                    ScimJson.Remove(container, name);
                }

                break;
            case JsonArray elements:
                foreach (var element in elements.OfType<JsonObject>())
                {
                    ScimJson.Remove(element, sub);
                }

                break;
        }
    }
}

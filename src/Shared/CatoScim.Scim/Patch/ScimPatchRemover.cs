using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

internal static class ScimPatchRemover
{
    public static void Remove(JsonObject container, string name, string? sub, JsonNode? existing, JsonNode? value, ScimPatchBudget budget)
    {
        if (sub is null)
        {
            if (value is not null && existing is JsonArray items)
            {
                budget.Spend(items.Count + 1L + (value is JsonArray patterns ? patterns.Count : 0));
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
                budget.Spend(elements.Count + 1L);
                foreach (var element in elements.OfType<JsonObject>())
                {
                    ScimJson.Remove(element, sub);
                }

                break;
        }
    }
}

using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>Applies one operation to one attribute of a resource or of an extension object.</summary>
internal static class ScimAttributePatcher
{
    public static void Apply(JsonObject container, ScimPatchOperationType type, ScimPath path, JsonNode? value, ScimPatchBudget budget)
    {
        if (path.ValueFilter is not null)
        {
            ScimMultiValuedPatcher.Apply(container, type, path, value, budget);
            return;
        }

        var name = path.Attribute.Name;
        var sub = path.Attribute.SubAttribute;
        var existing = ScimJson.Get(container, name);
        if (type == ScimPatchOperationType.Remove)
        {
            ScimPatchRemover.Remove(container, name, sub, existing, value, budget);
            return;
        }

        if (sub is not null)
        {
            if (existing is JsonArray)
            {
                throw new ScimPatchException(ScimErrorType.InvalidPath,
                    $"'{name}' has several values; select one with a filter, e.g. {name}[type eq \"work\"].{sub}");
            }

            if (existing is not (null or JsonObject))
            {
                throw new ScimPatchException(ScimErrorType.InvalidPath, $"'{name}' has no sub-attribute '{sub}'");
            }

            ScimJson.Set(ScimJson.GetOrCreateObject(container, name), sub, value?.DeepClone());
        }
        else if (existing is JsonObject current && value is JsonObject fields)
        {
            ScimJson.Merge(current, fields);
        }
        else if (type == ScimPatchOperationType.Add && (existing is JsonArray || value is JsonArray))
        {
            if (existing is not JsonArray items)
            {
                items = [];
                ScimJson.Set(container, name, items);
            }

            budget.Spend(items.Count + 1L + (value is JsonArray added ? added.Count : 0));
            ScimJsonArrays.AppendDistinct(items, value!);
        }
        else
        {
            // Replacing a multi-valued attribute with one object (SCIMMY, some clients) means a list of one.
            ScimJson.Set(container, name, existing is JsonArray && value is not JsonArray ? new JsonArray(value!.DeepClone()) : value?.DeepClone());
        }
    }
}

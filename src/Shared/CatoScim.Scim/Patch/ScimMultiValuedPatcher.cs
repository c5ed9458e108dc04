using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>Operations whose path carries a value filter: <c>emails[type eq "work"].value</c>, <c>members[value eq "id"]</c>.</summary>
internal static class ScimMultiValuedPatcher
{
    public static void Apply(JsonObject container, ScimPatchOperationType type, ScimPath path, JsonNode? value, ScimPatchBudget budget)
    {
        var name = path.Attribute.Name;
        var sub = path.Attribute.SubAttribute;
        var existing = ScimJson.Get(container, name);
        if (existing is not null and not JsonArray)
        {
            throw new ScimPatchException(ScimErrorType.InvalidPath,
                $"The attribute '{ScimExcerpt.Of(name)}' has a single value, so the filter in \"{ScimExcerpt.Of(path.ToString())}\" cannot select from it");
        }

        var items = existing as JsonArray;
        budget.Spend((items?.Count ?? 0) * ScimPatchBudget.Size(path.ValueFilter!) + 1);
        var selects = ScimJsonFilterMatcher.Compile(path.ValueFilter!);
        var matches = items?.OfType<JsonObject>().Where(selects).ToList() ?? [];
        if (type == ScimPatchOperationType.Remove)
        {
            // RFC 7644 §3.5.2.2 leaves a non-matching remove on a multi-valued attribute as nothing to do.
            if (sub is null)
            {
                ScimJsonArrays.RemoveAll(items!, matches);
            }
            else
            {
                foreach (var match in matches)
                {
                    ScimJson.Remove(match, sub);
                }
            }

            if (items is { Count: 0 })
            {
                ScimJson.Remove(container, name);
            }

            return;
        }

        if (matches.Count == 0)
        {
            // RFC 7644 §3.5.2.3 would answer noTarget, but Okta and Entra ID send
            // replace/add emails[type eq "work"].value for users that have no work email yet.
            var element = ScimJsonFilterMatcher.EqualityTemplate(path.ValueFilter!);
            Write(element, sub, value, path);
            if (items is null)
            {
                items = [];
                ScimJson.Set(container, name, items);
            }

            if (items.Count == 0 && ScimJson.Get(element, "type") is not null && ScimJson.Get(element, "primary") is null)
            {
                element["primary"] = true;
            }

            items.Add(element);
            return;
        }

        foreach (var match in matches)
        {
            Write(match, sub, value, path);
        }
    }

    private static void Write(JsonObject element, string? sub, JsonNode? value, ScimPath path)
    {
        if (sub is not null)
        {
            ScimJson.Set(element, sub, value?.DeepClone());
        }
        else if (value is JsonObject fields)
        {
            ScimJson.Merge(element, fields);
        }
        else
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue,
                $"The value for \"{ScimExcerpt.Of(path.ToString())}\" must be an object of sub-attributes, or the path must name one (e.g. \"{ScimExcerpt.Of(path.ToString())}.value\")");
        }
    }
}

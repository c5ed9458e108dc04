using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

internal static class ScimPatchApplier
{
    // RFC 7643 §3.1: id, meta and schemas are assigned by the service provider.
    private static readonly string[] ReadOnlyAttributes = ["id", "meta", "schemas"];

    public static void Apply(JsonObject resource, ScimPatchOperation operation, ScimPatchBudget budget)
    {
        if (operation.Path is null)
        {
            ApplyWithoutPath(resource, operation, budget);
            return;
        }

        ApplyPath(resource, operation.Type, operation.Path, operation.Value, budget);
    }

    private static void ApplyWithoutPath(JsonObject resource, ScimPatchOperation operation, ScimPatchBudget budget)
    {
        if (operation.Value is not JsonObject value)
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue,
                $"A {operation.Type.ToString().ToLowerInvariant()} without a \"path\" needs an object value whose keys are attribute names");
        }

        foreach (var (key, item) in value)
        {
            if (ReadOnlyAttributes.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                // Okta sends {"id": ..., "displayName": ...} to rename a group; the id is not a change request.
                continue;
            }

            if (IsExtensionSchema(resource, key) && item is JsonObject extension)
            {
                var container = ScimJson.GetOrCreateObject(resource, key);
                foreach (var (name, inner) in extension)
                {
                    ScimAttributePatcher.Apply(container, operation.Type, new ScimPath(new ScimAttributePath(null, name, null), null), inner, budget);
                }

                continue;
            }

            // Entra ID sends dotted keys ("name.givenName") and URN-qualified keys in path-less values.
            ApplyPath(resource, operation.Type, ParseKey(key, budget.Limits), item, budget);
        }
    }

    private static void ApplyPath(JsonObject resource, ScimPatchOperationType type, ScimPath path, JsonNode? value, ScimPatchBudget budget)
    {
        var attribute = path.Attribute;
        if (attribute.Schema is null && ReadOnlyAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new ScimPatchException(ScimErrorType.Mutability, $"The attribute '{attribute.Name}' is read-only and cannot be changed");
        }

        var container = resource;
        if (attribute.Schema is not null)
        {
            if (attribute.SubAttribute is null && path.ValueFilter is null && IsExtensionSchema(resource, attribute.QualifiedName))
            {
                ScimAttributePatcher.Apply(resource, type, new ScimPath(attribute with { Schema = null, Name = attribute.QualifiedName }, null), value, budget);
                return;
            }

            if (ScimJson.Get(resource, attribute.Schema) is not JsonObject extension)
            {
                if (type == ScimPatchOperationType.Remove)
                {
                    return;
                }

                extension = ScimJson.GetOrCreateObject(resource, attribute.Schema);
            }

            container = extension;
            path = path with { Attribute = attribute with { Schema = null } };
        }

        ScimAttributePatcher.Apply(container, type, path, value, budget);
    }

    // Extension objects are keyed by schema URN, whose last segment is a capitalised resource name
    // (…:enterprise:2.0:User), unlike attribute names, which RFC 7643 writes in camelCase.
    private static bool IsExtensionSchema(JsonObject resource, string key) =>
        key.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)
        && (ScimJson.FindKey(resource, key) is not null
            || (ScimJson.Get(resource, "schemas") is JsonArray schemas && schemas.Any(s => ScimJson.SameValue(s, JsonValue.Create(key))))
            || char.IsUpper(key[(key.LastIndexOf(':') + 1)..].FirstOrDefault()));

    private static ScimPath ParseKey(string key, ScimLimits limits)
    {
        try
        {
            return ScimFilterParser.ParsePath(key, limits);
        }
        catch (ScimFilterException e)
        {
            throw new ScimPatchException(ScimErrorType.InvalidPath, $"The key \"{ScimExcerpt.Of(key)}\" in the value is not a valid attribute path: {e.Message}");
        }
    }
}

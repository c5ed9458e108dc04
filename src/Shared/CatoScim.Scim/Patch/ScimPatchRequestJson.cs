using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

internal static class ScimPatchRequestJson
{
    public static List<ScimPatchOperation> Read(JsonNode? body, ScimLimits limits)
    {
        if (ScimJson.Copy(body) is not JsonObject request)
        {
            throw Syntax("The PATCH body must be a JSON object with \"schemas\" and \"Operations\"");
        }

        var schemas = request[ScimJson.FindKey(request, "schemas") ?? "schemas"] as JsonArray;
        if (schemas is null || !schemas.Any(s => s is JsonValue v && v.GetValueKind() == JsonValueKind.String
                && string.Equals((string)v!, ScimConstants.PatchOpSchema, StringComparison.OrdinalIgnoreCase)))
        {
            throw Syntax($"The PATCH body must list \"{ScimConstants.PatchOpSchema}\" in \"schemas\"");
        }

        if (request[ScimJson.FindKey(request, "Operations") ?? "Operations"] is not JsonArray { Count: > 0 } operations)
        {
            throw Syntax("The PATCH body must have a non-empty \"Operations\" array");
        }

        // RFC 7644 Table 9 keeps "tooMany" for filters that select too much (GET, search), so a PATCH over a
        // limit is an invalidValue. Both caps are far above what Okta and Entra send (docs/scim.md, Limits).
        if (operations.Count > limits.MaxPatchOperations)
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue,
                $"The PATCH has {operations.Count} operations; this service accepts at most {limits.MaxPatchOperations} per request. Split it into several requests.");
        }

        return [.. operations.Select((node, index) => ReadOperation(node, index + 1, limits))];
    }

    private static ScimPatchOperation ReadOperation(JsonNode? node, int number, ScimLimits limits)
    {
        if (node is not JsonObject operation)
        {
            throw Syntax($"Operation {number} must be a JSON object");
        }

        var opText = operation[ScimJson.FindKey(operation, "op") ?? "op"] is JsonValue opValue
            && opValue.GetValueKind() == JsonValueKind.String ? (string)opValue! : null;

        // Entra ID sends "Add", "Replace" and "Remove"; RFC 7644 §3.5.2 spells them lowercase.
        if (!Enum.TryParse<ScimPatchOperationType>(opText, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(opText, out _))
        {
            throw Syntax($"Operation {number} has op \"{ScimExcerpt.Of(opText)}\"; use add, remove or replace");
        }

        var pathNode = operation[ScimJson.FindKey(operation, "path") ?? "path"];
        var pathText = pathNode is JsonValue pathValue && pathValue.GetValueKind() == JsonValueKind.String ? (string)pathValue! : null;
        if (pathNode is not null && pathText is null)
        {
            throw new ScimPatchException(ScimErrorType.InvalidPath, $"Operation {number} has a \"path\" that is not a string");
        }

        var value = ScimJson.FindKey(operation, "value") is { } valueKey ? operation[valueKey] : null;
        if (type == ScimPatchOperationType.Remove && string.IsNullOrWhiteSpace(pathText))
        {
            // RFC 7644 §3.5.2.2: remove without a path fails with noTarget.
            throw new ScimPatchException(ScimErrorType.NoTarget, $"Operation {number} (remove) needs a \"path\" naming what to remove");
        }

        if (type != ScimPatchOperationType.Remove && value is null)
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue, $"Operation {number} ({opText}) needs a \"value\"");
        }

        if (ScimPatchValueCount.Exceeds(value, limits.MaxPatchValues))
        {
            throw new ScimPatchException(ScimErrorType.InvalidValue,
                $"Operation {number} has more than {limits.MaxPatchValues} values; this service accepts at most {limits.MaxPatchValues} per operation. Split it into several operations or requests.");
        }

        return new ScimPatchOperation(type, string.IsNullOrWhiteSpace(pathText) ? null : ParsePath(pathText, number, limits), value);
    }

    private static ScimPath ParsePath(string text, int number, ScimLimits limits)
    {
        try
        {
            return ScimFilterParser.ParsePath(text, limits);
        }
        catch (ScimFilterException e)
        {
            throw new ScimPatchException(ScimErrorType.InvalidPath, $"Operation {number} has an invalid path \"{ScimExcerpt.Of(text)}\": {e.Message}");
        }
    }

    private static ScimPatchException Syntax(string detail) => new(ScimErrorType.InvalidSyntax, detail);
}

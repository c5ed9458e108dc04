using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

internal static class ScimPatchRequestReader
{
    public static List<ScimPatchOperation> Read(JsonNode? body)
    {
        if (body is not JsonObject request)
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

        return [.. operations.Select((node, index) => ReadOperation(node, index + 1))];
    }

    private static ScimPatchOperation ReadOperation(JsonNode? node, int number)
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
            throw Syntax($"Operation {number} has op \"{opText}\"; use add, remove or replace");
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

        return new ScimPatchOperation(type, string.IsNullOrWhiteSpace(pathText) ? null : ParsePath(pathText, number), value?.DeepClone());
    }

    private static ScimPath ParsePath(string text, int number)
    {
        try
        {
            return ScimFilterParser.ParsePath(text);
        }
        catch (ScimFilterException e)
        {
            throw new ScimPatchException(ScimErrorType.InvalidPath, $"Operation {number} has an invalid path \"{text}\": {e.Message}");
        }
    }

    private static ScimPatchException Syntax(string detail) => new(ScimErrorType.InvalidSyntax, detail);
}

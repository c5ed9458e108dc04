using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>A validated RFC 7644 §3.5.2 PatchOp request.</summary>
/// <param name="limits">The limits the request was read under; path-less value keys are parsed under them too.</param>
public sealed class ScimPatchRequest(IReadOnlyList<ScimPatchOperation> operations, ScimLimits? limits = null)
{
    private readonly ScimLimits _limits = limits ?? ScimLimits.Default;

    public IReadOnlyList<ScimPatchOperation> Operations { get; } = operations;

    /// <exception cref="ScimPatchException">The body is not a valid PatchOp.</exception>
    public static ScimPatchRequest Parse(JsonElement body, ScimLimits? limits = null) => Parse(JsonSerializer.SerializeToNode(body), limits);

    /// <exception cref="ScimPatchException">The body is not a valid PatchOp or is over <paramref name="limits"/>.</exception>
    public static ScimPatchRequest Parse(JsonNode? body, ScimLimits? limits = null) =>
        new(ScimPatchRequestJson.Read(body, limits ?? ScimLimits.Default), limits);

    /// <summary>
    /// Applies every operation to a copy of <paramref name="resource"/>; the original is untouched,
    /// so a failing operation leaves nothing half-applied.
    /// </summary>
    /// <exception cref="ScimPatchException">An operation cannot be applied.</exception>
    public JsonObject ApplyTo(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var working = ScimJson.Copy(resource)!.AsObject();
        var budget = new ScimPatchBudget { Limits = _limits };
        foreach (var operation in Operations)
        {
            ScimPatchApplier.Apply(working, operation, budget);
        }

        // Callers index the result as plain JSON, where "USERNAME" is not "userName".
        return ScimJson.Copy(working, caseInsensitive: false)!.AsObject();
    }

    /// <summary>
    /// Separates operations on <paramref name="attribute"/> (path <c>members</c>, <c>members[...]</c>, or a
    /// <c>members</c> key of a path-less value) so the caller can apply them without rendering the attribute.
    /// </summary>
    public ScimPatchSplit Split(string attribute)
    {
        var extracted = new List<ScimPatchOperation>();
        var remaining = new List<ScimPatchOperation>();
        foreach (var operation in Operations)
        {
            if (operation.Targets(attribute))
            {
                extracted.Add(operation);
                continue;
            }

            if (operation.Path is not null || operation.Value is not JsonObject value
                || ScimJson.FindKey(value, attribute) is not { } key)
            {
                remaining.Add(operation);
                continue;
            }

            var rest = value.DeepClone().AsObject();
            var extractedValue = rest[key]!.DeepClone();
            rest.Remove(key);
            extracted.Add(operation with { Path = ScimFilterParser.ParsePath(attribute, _limits), Value = extractedValue });
            if (rest.Count > 0)
            {
                remaining.Add(operation with { Value = rest });
            }
        }

        return new ScimPatchSplit(extracted, new ScimPatchRequest(remaining, _limits));
    }
}

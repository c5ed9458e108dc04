using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Patch;

/// <summary>One validated PatchOp operation; <see cref="Value"/> is never null for add and replace.</summary>
public sealed record ScimPatchOperation(ScimPatchOperationType Type, ScimPath? Path, JsonNode? Value)
{
    public bool Targets(string attribute) =>
        Path is { Attribute.Schema: null } path && string.Equals(path.Attribute.Name, attribute, StringComparison.OrdinalIgnoreCase);
}

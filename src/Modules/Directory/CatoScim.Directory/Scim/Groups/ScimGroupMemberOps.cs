using CatoScim.Directory.Groups;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// Turns the PATCH operations on `members` (RFC 7644 §3.5.2) into a <see cref="GroupMemberPlan"/>, in order. Covers
/// what Okta and Entra send: add with a value array, remove by `members[value eq "id"]` (or several or-ed), remove
/// `members` with a value array (Entra), remove `members` without value (all), replace `members` (Okta "push now").
/// </summary>
internal static class ScimGroupMemberOps
{
    public static GroupMemberPlan Plan(IReadOnlyList<ScimPatchOperation> operations)
    {
        var plan = new GroupMemberPlan();
        foreach (var op in operations)
        {
            if (op.Path!.Attribute.SubAttribute is not null)
            {
                throw ScimException.InvalidPath(
                    $"'{op.Path}' cannot be changed: members are added or removed whole, by their \"value\".");
            }

            switch (op.Type)
            {
                case ScimPatchOperationType.Add when op.Path.ValueFilter is null:
                    plan.Add(ScimGroupInputJson.Users(ScimGroupInputJson.Ids(op.Value)));
                    break;
                case ScimPatchOperationType.Replace when op.Path.ValueFilter is null:
                    plan.ReplaceWith(ScimGroupInputJson.Users(ScimGroupInputJson.Ids(op.Value)));
                    break;
                case ScimPatchOperationType.Remove when op.Path.ValueFilter is not null:
                    plan.Remove(ScimGroupInputJson.Known(FilterIds(op)));
                    break;
                case ScimPatchOperationType.Remove when op.Value is null:
                    plan.RemoveAll();
                    break;
                case ScimPatchOperationType.Remove:
                    plan.Remove(ScimGroupInputJson.Known(ScimGroupInputJson.Ids(op.Value)));
                    break;
                default:
                    throw ScimException.InvalidPath(
                        $"'{op.Type.ToString().ToLowerInvariant()}' with a filtered members path is not supported; add members with path \"members\" and a value array.");
            }
        }

        return plan;
    }

    private static IReadOnlyList<string> FilterIds(ScimPatchOperation op) =>
        ScimMemberReferences.TryFromFilter(op.Path!.ValueFilter!, out var ids)
            ? ids
            : throw ScimException.InvalidFilter(
                "Members can only be selected by value, e.g. members[value eq \"id\"] (several joined with 'or').");
}

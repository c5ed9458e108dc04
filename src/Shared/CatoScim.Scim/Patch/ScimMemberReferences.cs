using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Patch;

/// <summary>
/// Reads member ids out of operations taken with <see cref="ScimPatchRequest.Split"/>, for callers
/// that apply membership changes in SQL instead of on a rendered group.
/// </summary>
public static class ScimMemberReferences
{
    /// <summary>Ids in <c>[{"value": id}, …]</c> or a single <c>{"value": id}</c>.</summary>
    /// <exception cref="ScimPatchException">An element has no string "value".</exception>
    public static IReadOnlyList<string> FromValue(JsonNode? value) =>
        [.. (value is JsonArray items ? items.ToList() : [value]).Select(item =>
            item is JsonObject member && ScimJson.Get(member, "value") is JsonValue id && id.GetValueKind() == JsonValueKind.String
                ? id.GetValue<string>()
                : throw new ScimPatchException(ScimErrorType.InvalidValue,
                    "Each member must be an object with a \"value\" holding the member's id, e.g. {\"value\": \"…\"}"))];

    /// <summary>
    /// Ids selected by <c>value eq "id"</c>, or several joined by "or" (what Okta and Entra ID send);
    /// false for any other filter, which the caller must reject or evaluate itself.
    /// </summary>
    public static bool TryFromFilter(ScimFilter filter, out IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ids = found;
        var terms = filter is ScimLogicalFilter { Operator: ScimLogicalOperator.Or } or ? ScimFilterLimits.Operands(or) : [filter];
        foreach (var term in terms)
        {
            if (term is not ScimComparisonFilter
                {
                    Operator: ScimComparisonOperator.Equal, Path: { Schema: null, SubAttribute: null } path, Value: string id,
                } || !string.Equals(path.Name, "value", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (seen.Add(id))
            {
                found.Add(id);
            }
        }

        return true;
    }
}

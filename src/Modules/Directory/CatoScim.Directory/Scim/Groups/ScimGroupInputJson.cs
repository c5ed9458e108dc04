using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using static CatoScim.Directory.Scim.Users.ScimJsonRead;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>Reads the attributes we keep from a Group resource; meta, schemas and unknown attributes are ignored.</summary>
internal static class ScimGroupInputJson
{
    public static ScimGroupInput Read(JsonObject body)
    {
        var displayName = String(Get(body, "displayName"), "displayName", Group.DisplayNameMax)?.Trim();
        if (string.IsNullOrEmpty(displayName))
        {
            throw ScimException.InvalidValue("'displayName' is required: every group needs a name.");
        }

        var members = Get(body, "members");
        return new ScimGroupInput(
            displayName,
            String(Get(body, "externalId"), "externalId", Group.ExternalIdMax),
            Has(body, "externalId"),
            members is null ? null : Users(Ids(members)));
    }

    /// <summary>Member values as read from a body or a PATCH operation.</summary>
    public static IReadOnlyList<string> Ids(JsonNode? value)
    {
        try
        {
            return ScimMemberReferences.FromValue(value);
        }
        catch (ScimPatchException ex)
        {
            throw ScimException.InvalidPatch(ex);
        }
    }

    /// <summary>Ids to add: a value that is not even a GUID cannot name one of our users.</summary>
    public static IReadOnlyList<Guid> Users(IReadOnlyList<string> ids)
    {
        var bad = ids.Where(id => !Guid.TryParse(id, out _)).ToList();
        return bad.Count > 0
            ? throw ScimException.InvalidValue(GroupMembership.UnknownUsers(bad, GroupMemberScope.InDirectory))
            : ids.Select(Guid.Parse).ToList();
    }

    /// <summary>Ids to remove: one that is not a GUID is not a member, so removing it changes nothing.</summary>
    public static IEnumerable<Guid> Known(IReadOnlyList<string> ids) =>
        ids.Select(id => Guid.TryParse(id, out var user) ? user : Guid.Empty).Where(id => id != Guid.Empty);
}

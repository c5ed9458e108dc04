using System.Text.Json.Nodes;

namespace CatoScim.Bench;

/// <summary>Group bodies as Okta's group push sends them.</summary>
internal static class GroupPayloads
{
    private const string CoreGroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

    public static string NewGroup(string displayName) => new JsonObject
    {
        ["schemas"] = new JsonArray(CoreGroupSchema),
        ["displayName"] = displayName,
    }.ToJsonString();

    public static string AddMembers(IEnumerable<string> userIds)
    {
        var members = new JsonArray();
        foreach (var id in userIds)
        {
            members.Add(new JsonObject { ["value"] = id });
        }

        return PatchOp(new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = members }));
    }

    /// <summary>One remove op per member, with a value filter in the path, the way Okta unassigns.</summary>
    public static string RemoveMembers(IEnumerable<string> userIds)
    {
        var operations = new JsonArray();
        foreach (var id in userIds)
        {
            operations.Add(new JsonObject { ["op"] = "remove", ["path"] = $"members[value eq \"{id}\"]" });
        }

        return PatchOp(operations);
    }

    private static string PatchOp(JsonArray operations) => new JsonObject
    {
        ["schemas"] = new JsonArray(UserPayloads.PatchOpSchema),
        ["Operations"] = operations,
    }.ToJsonString();
}

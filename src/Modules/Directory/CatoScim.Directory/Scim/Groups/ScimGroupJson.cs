using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Scim.Users;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>The SCIM representation of a group (RFC 7643 §4.2); `members` only when it was loaded.</summary>
internal static class ScimGroupJson
{
    public static JsonObject Write(Group group, IEnumerable<ScimGroupMember>? members, string baseUrl, bool withMeta = true)
    {
        var json = new JsonObject { ["schemas"] = new JsonArray(ScimConstants.GroupSchema), ["id"] = group.Id.ToString() };
        if (!string.IsNullOrEmpty(group.ExternalId))
        {
            json["externalId"] = group.ExternalId;
        }

        json["displayName"] = group.DisplayName;
        if (members is not null)
        {
            var array = new JsonArray();
            foreach (var member in members)
            {
                array.Add(new JsonObject
                {
                    ["value"] = member.UserId.ToString(),
                    ["display"] = member.UserName,
                    ["$ref"] = $"{baseUrl}/Users/{member.UserId}",
                    ["type"] = "User",
                });
            }

            json["members"] = array;
        }

        if (withMeta)
        {
            json["meta"] = new JsonObject
            {
                ["resourceType"] = "Group",
                ["created"] = ScimUserJson.Timestamp(group.CreatedAt),
                ["lastModified"] = ScimUserJson.Timestamp(group.UpdatedAt),
                ["location"] = $"{baseUrl}/Groups/{group.Id}",
                ["version"] = ETag(group),
            };
        }

        return json;
    }

    public static string ETag(Group group) => $"W/\"{group.Version}\"";
}

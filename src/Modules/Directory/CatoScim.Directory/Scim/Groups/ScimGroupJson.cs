using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Scim.Users;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>The SCIM representation of a group (RFC 7643 §4.2); `members` only when it was loaded.</summary>
internal static class ScimGroupJson
{
    // One list for both paths, so a streamed member has exactly the sub-attributes, and order, of one built as nodes.
    private static readonly string[] MemberKeys = ["value", "display", "$ref", "type"];

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
                var item = new JsonObject();
                foreach (var key in MemberKeys)
                {
                    item[key] = MemberValue(key, member, baseUrl);
                }

                array.Add(item);
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

    /// <summary>
    /// One member as <see cref="Write"/> renders it, written straight to <paramref name="writer"/> with only
    /// <paramref name="keys"/>: what a selection left of a member, in order (see <see cref="ScimGroupMemberStream"/>).
    /// </summary>
    public static void WriteMember(Utf8JsonWriter writer, ScimGroupMember member, IReadOnlyList<string> keys, string baseUrl)
    {
        writer.WriteStartObject();
        foreach (var key in keys)
        {
            writer.WriteString(key, MemberValue(key, member, baseUrl));
        }

        writer.WriteEndObject();
    }

    private static string MemberValue(string key, ScimGroupMember member, string baseUrl) => key switch
    {
        "value" => member.UserId.ToString(),
        "display" => member.UserName,
        "$ref" => $"{baseUrl}/Users/{member.UserId}",
        "type" => "User",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a sub-attribute of a group member."),
    };
}

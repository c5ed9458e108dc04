using System.Globalization;
using System.Text.Json.Nodes;
using CatoScim.Directory.Users;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Users;

/// <summary>The SCIM representation of a user; unassigned attributes are omitted (RFC 7643 §2.5).</summary>
internal static class ScimUserJson
{
    public static JsonObject Write(User user, string baseUrl, bool withMeta = true, IEnumerable<ScimUserGroup>? groups = null)
    {
        var f = user.Fields;
        var json = new JsonObject { ["schemas"] = new JsonArray(ScimConstants.UserSchema), ["id"] = user.Id.ToString() };
        Add(json, "externalId", f.ExternalId);
        json["userName"] = f.UserName;
        if (f.GivenName is not null || f.FamilyName is not null)
        {
            var name = new JsonObject();
            Add(name, "givenName", f.GivenName);
            Add(name, "familyName", f.FamilyName);
            Add(name, "formatted", string.Join(' ', new[] { f.GivenName, f.FamilyName }.Where(s => s is not null)));
            json["name"] = name;
        }

        Add(json, "displayName", f.DisplayName);
        Add(json, "title", f.Title);
        json["active"] = user.Active;
        AddWork(json, "emails", f.Email);
        AddWork(json, "phoneNumbers", f.Phone);
        var enterprise = new JsonObject();
        Add(enterprise, "department", f.Department);
        Add(enterprise, "employeeNumber", f.EmployeeNumber);
        Add(enterprise, "costCenter", f.CostCenter);
        Add(enterprise, "organization", f.Organization);
        Add(enterprise, "division", f.Division);
        if (enterprise.Count > 0)
        {
            json["schemas"]!.AsArray().Add(ScimConstants.EnterpriseUserSchema);
            json[ScimConstants.EnterpriseUserSchema] = enterprise;
        }

        AddGroups(json, groups, baseUrl);
        if (withMeta)
        {
            json["meta"] = new JsonObject
            {
                ["resourceType"] = "User",
                ["created"] = Timestamp(user.CreatedAt),
                ["lastModified"] = Timestamp(user.UpdatedAt),
                ["location"] = $"{baseUrl}/Users/{user.Id}",
                ["version"] = ETag(user),
            };
        }

        return json;
    }

    public static string ETag(User user) => $"W/\"{user.Version}\"";

    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture);

    private static void Add(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json[name] = value;
        }
    }

    /// <summary>RFC 7643 §4.1.2: read-only, direct memberships only (no nested groups here); omitted when none.</summary>
    private static void AddGroups(JsonObject json, IEnumerable<ScimUserGroup>? groups, string baseUrl)
    {
        var items = groups?.Select(g => (JsonNode)new JsonObject
        {
            ["value"] = g.GroupId.ToString(),
            ["display"] = g.DisplayName,
            ["$ref"] = $"{baseUrl}/Groups/{g.GroupId}",
            ["type"] = "direct",
        }).ToArray();
        if (items is { Length: > 0 })
        {
            json["groups"] = new JsonArray(items);
        }
    }

    private static void AddWork(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = new JsonArray(new JsonObject { ["value"] = value, ["type"] = "work", ["primary"] = true });
        }
    }
}

using System.Text.Json.Nodes;

namespace CatoScim.Bench;

/// <summary>Bodies shaped like the ones Okta's SCIM 2.0 app sends.</summary>
internal static class UserPayloads
{
    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private const string CoreUserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    private const string EnterpriseUserSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static readonly string[] GivenNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances"];
    private static readonly string[] FamilyNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth"];
    private static readonly string[] Departments = ["Engineering", "Sales", "Finance", "Support", "Marketing"];

    /// <summary>Full user; with an id it doubles as the PUT body of a profile push.</summary>
    public static string User(BenchUser user, string title, string? id = null)
    {
        var given = GivenNames[user.Index % GivenNames.Length];
        var family = FamilyNames[user.Index % FamilyNames.Length];
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(CoreUserSchema, EnterpriseUserSchema),
            ["userName"] = user.UserName,
            ["name"] = new JsonObject { ["givenName"] = given, ["familyName"] = family },
            ["emails"] = new JsonArray(new JsonObject { ["primary"] = true, ["value"] = user.UserName, ["type"] = "work" }),
            ["displayName"] = $"{given} {family}",
            ["phoneNumbers"] = new JsonArray(new JsonObject
            {
                ["value"] = $"+1-555-{user.Index % 10_000:D4}",
                ["type"] = "work",
                ["primary"] = true,
            }),
            ["title"] = title,
            ["externalId"] = user.ExternalId,
            ["active"] = true,
            [EnterpriseUserSchema] = new JsonObject { ["department"] = Departments[user.Index % Departments.Length] },
        };
        if (id is not null)
        {
            body["id"] = id;
        }

        return body.ToJsonString();
    }

    public static string Deactivate() => new JsonObject
    {
        ["schemas"] = new JsonArray(PatchOpSchema),
        ["Operations"] = new JsonArray(new JsonObject
        {
            ["op"] = "replace",
            ["value"] = new JsonObject { ["active"] = false },
        }),
    }.ToJsonString();
}

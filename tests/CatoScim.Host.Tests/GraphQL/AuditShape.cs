using System.Globalization;
using System.Text.Json;
using CatoScim.Directory.ApiKeys;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>Reads an object's `audit { createdAt createdBy updatedAt updatedBy }` as one value a test compares whole.</summary>
internal static class AuditShape
{
    public const string Fields = "audit { createdAt createdBy updatedAt updatedBy }";

    public static (DateTime CreatedAt, string CreatedBy, DateTime UpdatedAt, string UpdatedBy) Of(JsonElement owner)
    {
        var audit = owner.GetProperty("audit");
        return (Utc(audit.GetProperty("createdAt")), audit.GetProperty("createdBy").GetString()!,
            Utc(audit.GetProperty("updatedAt")), audit.GetProperty("updatedBy").GetString()!);
    }

    /// <summary>The actor an API key writes: `apikey:` and the key's prefix.</summary>
    public static string KeyActor(string secret) => $"apikey:{secret[..Secrets.PrefixLength]}";

    /// <summary>A second EDITOR key of the account, so a test can tell the creator of an object from its updater.</summary>
    public static async Task<string> CreateKeyAsync(GraphQLTestClient client, Guid accountId, string name)
    {
        var data = await client.DataAsync("mutation($a: ID!, $n: String!) { account(accountId: $a) { createApiKey(input: {name: $n, role: EDITOR}) { key } } }",
            new { a = accountId, n = name });
        return data.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString()!;
    }

    public static DateTime Now(this CatoScimFactory factory) => factory.Time.GetUtcNow().UtcDateTime;

    private static DateTime Utc(JsonElement value)
    {
        var parsed = DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        return parsed.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc) : parsed.ToUniversalTime();
    }
}

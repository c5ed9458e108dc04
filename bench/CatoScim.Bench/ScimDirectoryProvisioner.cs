using System.Text.Json;

namespace CatoScim.Bench;

/// <summary>Creates a fresh SCIM directory and bearer token through the GraphQL admin API.</summary>
internal static class ScimDirectoryProvisioner
{
    public static async Task<ScimTarget> ProvisionAsync(HttpClient http, BenchOptions options, string runId, CancellationToken ct)
    {
        var adminUrl = options.AdminUrl!;
        var gql = new GraphQlClient(http, adminUrl, options.ApiKey!);
        var account = Literal(options.AccountId!);

        await gql.ExecuteAsync(
            $$"""mutation { directory(accountId: {{account}}) { updateScimSettings(input: {enabled: true}) { scimSettings { enabled } } } }""", ct);

        var name = Literal($"bench-{runId}");
        var dirData = await gql.ExecuteAsync(
            $$"""mutation { directory(accountId: {{account}}) { createScimDirectory(input: {name: {{name}}, provider: OKTA}) { scimDirectory { id baseUrl } } } }""", ct);
        var directory = Walk(dirData, "directory", "createScimDirectory", "scimDirectory");
        var directoryId = Walk(directory, "id").ToString();
        var baseUrl = directory.TryGetProperty("baseUrl", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;

        var tokenData = await gql.ExecuteAsync(
            $$"""mutation { directory(accountId: {{account}}) { createScimToken(input: {directoryId: {{Literal(directoryId)}}}) { token scimToken { id prefix expiresAt } } } }""", ct);
        var created = Walk(tokenData, "directory", "createScimToken");
        var tokenElement = Walk(created, "token");
        var token = tokenElement.ValueKind == JsonValueKind.String ? tokenElement.GetString()! : throw new GraphQlException("createScimToken.token is not a string");
        var prefix = created.TryGetProperty("scimToken", out var scimToken) && scimToken.TryGetProperty("prefix", out var p) ? p.ToString() : "?";

        var scimBase = ScimBase(adminUrl, options.AccountId!, directoryId, baseUrl);
        Console.Error.WriteLine($"created SCIM directory {directoryId} at {scimBase} with token prefix {prefix}");
        return new ScimTarget(scimBase, token);
    }

    /// <summary>
    /// Keeps the already vetted --url host and port and only takes the path from baseUrl, because
    /// the server may advertise a public address the bench must not (or cannot) reach.
    /// </summary>
    private static Uri ScimBase(Uri adminUrl, string accountId, string directoryId, string? baseUrl)
    {
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath
            : !string.IsNullOrEmpty(baseUrl) ? baseUrl
            : $"/scim/v2/{Uri.EscapeDataString(accountId)}/{Uri.EscapeDataString(directoryId)}";
        return new Uri(adminUrl, path.StartsWith('/') ? path : "/" + path);
    }

    private static JsonElement Walk(JsonElement element, params string[] path)
    {
        foreach (var segment in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element) || element.ValueKind == JsonValueKind.Null)
            {
                throw new GraphQlException($"response lacks {string.Join('.', path)}");
            }
        }

        return element;
    }

    /// <summary>A JSON string literal is also a valid GraphQL string literal, escapes included.</summary>
    private static string Literal(string value) => JsonSerializer.Serialize(value);
}

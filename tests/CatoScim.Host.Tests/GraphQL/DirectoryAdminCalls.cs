using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>The admin calls the directory tests repeat, in the exact shapes outside tools send.</summary>
internal static class DirectoryAdminCalls
{
    public const string TokenMutation = "mutation($a: ID!, $d: ID!) { directory(accountId: $a) { createScimToken(input: {directoryId: $d}) { token scimToken { id } } } }";

    public static string SettingsMutation(Guid accountId, bool enabled) =>
        $$"""mutation { directory(accountId: "{{accountId}}") { updateScimSettings(input: {enabled: {{(enabled ? "true" : "false")}}}) { scimSettings { enabled } } } }""";

    public static string CreateMutation(Guid accountId, string name) =>
        $$"""mutation { directory(accountId: "{{accountId}}") { createScimDirectory(input: {name: "{{name}}", provider: OKTA}) { scimDirectory { id } } } }""";

    public static async Task<string> CreateDirectoryAsync(GraphQLTestClient client, Guid accountId, string name, string provider = "OKTA")
    {
        var data = await client.DataAsync(
            $$"""mutation { directory(accountId: "{{accountId}}") { createScimDirectory(input: {name: "{{name}}", provider: {{provider}}}) { scimDirectory { id } } } }""");
        return data.GetProperty("directory").GetProperty("createScimDirectory").GetProperty("scimDirectory").GetProperty("id").GetString()!;
    }

    public static async Task<(string Id, string Secret)> CreateTokenAsync(GraphQLTestClient client, Guid accountId, string directoryId)
    {
        var data = await client.DataAsync(TokenMutation, new { a = accountId, d = directoryId });
        var created = data.GetProperty("directory").GetProperty("createScimToken");
        return (created.GetProperty("scimToken").GetProperty("id").GetString()!, created.GetProperty("token").GetString()!);
    }
}

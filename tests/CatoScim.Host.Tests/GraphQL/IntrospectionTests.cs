using System.Net;
using System.Text;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// Tools learn the schema with the standard introspection query, which is deeper than the data limits allow; it is
/// answered for any valid key, while data queries keep their depth and cost limits and introspection cannot repeat the
/// schema to multiply its answer.
/// </summary>
public sealed class IntrospectionTests : IAsyncLifetime
{
    private static readonly string StandardQuery = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CatoScim.Host.Tests", "GraphQL", "IntrospectionQuery.graphql"));

    // Complexity is out of the way here, so that what is checked is the depth.
    private readonly CatoScimFactory _factory = new(settings: new() { ["GraphQL:MaxComplexity"] = "100000000" });
    private Guid _accountId;
    private string _editorKey = "";

    public async Task InitializeAsync() => (_accountId, _editorKey) = await _factory.CreateAccountAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_standard_introspection_query_is_answered_for_a_viewer_key()
    {
        var viewer = _factory.GraphQL(await ViewerKeyAsync());

        var schema = (await viewer.DataAsync(StandardQuery)).GetProperty("__schema");

        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        var types = schema.GetProperty("types").EnumerateArray().ToList();
        var user = types.Single(t => t.GetProperty("name").GetString() == "User");
        Assert.Contains(user.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "userName");
        Assert.All(types, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("specifiedByURL").ValueKind));
        Assert.Contains(schema.GetProperty("directives").EnumerateArray(), d => d.GetProperty("name").GetString() == "deprecated"
            && d.GetProperty("isRepeatable").ValueKind == JsonValueKind.False && d.GetProperty("args").GetArrayLength() == 1);
    }

    [Fact]
    public async Task Introspection_without_a_key_is_401()
    {
        var (status, _) = await _factory.GraphQL(null).PostAsync(StandardQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task A_data_query_one_level_too_deep_is_still_refused_and_one_at_the_limit_runs()
    {
        var client = _factory.GraphQL(_editorKey);

        var deep = await client.ErrorAsync(DataQuery(depth: 13), "COMPLEXITY", new { a = _accountId });
        Assert.Contains("13 levels", deep.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        await client.DataAsync(DataQuery(depth: 12), new { a = _accountId });
    }

    [Fact]
    public async Task Introspection_beside_a_deep_data_query_does_not_let_the_data_query_through()
    {
        var mixed = DataQuery(depth: 13).Replace("query($a: ID!) {", "query($a: ID!) { __schema { types { name fields { name type { name ofType { name } } } } }", StringComparison.Ordinal);

        var body = await _factory.GraphQL(_editorKey).ErrorAsync(mixed, "COMPLEXITY", new { a = _accountId });

        Assert.Contains("too nested", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
    }

    [Theory]
    [InlineData("{ a: __schema { types { name } } b: __schema { types { name } } }")]
    [InlineData("{ __schema { a: types { name } b: types { name } } }")]
    [InlineData("{ __schema { types { fields { type { fields { name } } } } } }")]
    [InlineData("{ __type(name: \"User\") { interfaces { possibleTypes { name } } } }")]
    [InlineData("{ __schema { types { ...Deep } } } fragment Deep on __Type { fields { type { ofType { fields { name } } } } }")]
    public async Task Introspection_that_would_repeat_the_schema_is_refused(string query)
    {
        var body = await _factory.GraphQL(_editorKey).ErrorAsync(query, "COMPLEXITY");
        Assert.Contains("Introspection is too large", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_of_type_chain_longer_than_16_is_refused_and_16_is_answered()
    {
        static string Chain(int n) => "{ __type(name: \"User\") { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", n)) + "{ name }" + new string('}', n) + " } } }";
        var client = _factory.GraphQL(_editorKey);

        await client.DataAsync(Chain(16));
        await client.ErrorAsync(Chain(17), "COMPLEXITY");
    }

    [Fact]
    public async Task A_few_type_lookups_under_aliases_are_answered()
    {
        var data = await _factory.GraphQL(_editorKey).DataAsync("{ user: __type(name: \"User\") { name } group: __type(name: \"Group\") { name } }");
        Assert.Equal("Group", data.GetProperty("group").GetProperty("name").GetString());
    }

    /// <summary>A data query of exactly <paramref name="depth"/> levels as the analyzer counts them (fields with a selection).</summary>
    private static string DataQuery(int depth)
    {
        // directory (1), users (2), items (3), then groups, members, items (+3) per round.
        var query = new StringBuilder("query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 1}}) { items { ");
        var rounds = (depth - 3) / 3;
        for (var i = 0; i < rounds; i++)
        {
            query.Append("groups { members(input: {paging: {limit: 1}}) { items { ");
        }

        query.Append(((depth - 3) % 3) switch
        {
            0 => "id ",
            1 => "groups { id } ",
            _ => "groups { members(input: {paging: {limit: 1}}) { __typename } } ",
        });
        return query.Append(new string('}', 4 + (3 * rounds))).ToString();
    }

    private async Task<string> ViewerKeyAsync()
    {
        var created = await _factory.GraphQL(_editorKey).DataAsync(
            $$"""mutation { account(accountId: "{{_accountId}}") { createApiKey(input: {name: "tools", role: VIEWER}) { key } } }""");
        return created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString()!;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>
/// Every example of the guide runs as the console sends it: POST `{documentId, variables}` with the placeholders
/// replaced by a seeded account's ids. Queries run with a VIEWER and an EDITOR key before any mutation; revokes and
/// deletes run last. A schema change that breaks a console document fails here.
/// </summary>
public sealed partial class GuideExamplesTests
{
    [Fact]
    public async Task Every_example_runs_by_its_document_id_without_errors_and_with_its_top_two_levels_of_data()
    {
        var pickup = Path.Combine(TestFolders.New(), "mail");
        await using var factory = new CatoScimFactory(settings: new() { ["Smtp:PickupDirectory"] = pickup });
        var seed = await GuideSeed.CreateAsync(factory);
        var http = factory.CreateClient();

        var failures = new List<string>();
        foreach (var example in GuideCatalogue.Examples.OrderBy(e => e.Effect))
        {
            var keys = example.Effect == GuideEffect.Read ? new[] { ("VIEWER", seed.ViewerKey), ("EDITOR", seed.EditorKey) } : [("EDITOR", seed.EditorKey)];
            foreach (var (role, key) in keys)
            {
                var variables = Substitute(JsonNode.Parse(example.Variables), seed.ValuesFor(example.Document));
                var (status, body) = await PostAsync(http, key, ConsoleDocuments.Id(example.Document), variables);
                if (Problem(status, body) is { } problem)
                {
                    failures.Add($"{example.Document} ({role}): {problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Placeholders_are_the_strings_of_capitals_ending_in_ID_and_are_replaced_at_any_depth()
    {
        var values = new Dictionary<string, string> { ["USER_ID"] = "u1", ["ACCOUNT_ID"] = "a1" };
        var replaced = Substitute(JsonNode.Parse("""{ "accountId": "ACCOUNT_ID", "input": { "userIds": ["USER_ID"], "role": "VIEWER", "search": "USER_ID x" } }"""), values);

        Assert.Equal("""{"accountId":"a1","input":{"userIds":["u1"],"role":"VIEWER","search":"USER_ID x"}}""", replaced!.ToJsonString());
        Assert.Throws<InvalidOperationException>(() => Substitute(JsonNode.Parse("""{ "id": "GROUP_ID" }"""), values));
    }

    /// <summary>Replaces each string that is a placeholder; a placeholder the seed has no value for is an error.</summary>
    private static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = Substitute(value?.DeepClone(), values);
                }

                return obj;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Substitute(item?.DeepClone(), values))]);
            case JsonValue value when value.TryGetValue<string>(out var text) && Placeholder().IsMatch(text):
                return values.TryGetValue(text, out var real) ? JsonValue.Create(real)
                    : throw new InvalidOperationException($"The seed has no value for the placeholder {text}.");
            default:
                return node;
        }
    }

    private static string? Problem(HttpStatusCode status, JsonElement body)
    {
        if (status != HttpStatusCode.OK || body.TryGetProperty("errors", out _))
        {
            return $"{(int)status} {body}";
        }

        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return $"no data: {body}";
        }

        // `directory { user(id) }` answers null without an error for an id it does not know: a wrong seed would pass.
        var nulls = data.EnumerateObject()
            .SelectMany(top => top.Value.ValueKind == JsonValueKind.Object
                ? top.Value.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Null).Select(f => $"{top.Name}.{f.Name}")
                : top.Value.ValueKind == JsonValueKind.Null ? [top.Name] : [])
            .ToList();
        return nulls.Count == 0 ? null : $"null {string.Join(", ", nulls)}: {body}";
    }

    private static async Task<(HttpStatusCode, JsonElement)> PostAsync(HttpClient http, string key, string documentId, JsonNode? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new JsonObject { ["documentId"] = documentId, ["variables"] = variables }),
        };
        request.Headers.Add("x-api-key", key);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [GeneratedRegex("^[A-Z][A-Z_]*_ID$")]
    private static partial Regex Placeholder();
}

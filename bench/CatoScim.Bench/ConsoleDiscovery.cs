using System.Text.Json.Nodes;

namespace CatoScim.Bench;

/// <summary>Unmeasured reads through the console's own documents: the directories, the largest group, a user and an events page.</summary>
internal static class ConsoleDiscovery
{
    public static async Task<ConsoleTargets> RunAsync(ConsoleClient client, string accountId, CancellationToken ct)
    {
        var account = new JsonObject { ["accountId"] = accountId };
        var options = await DataAsync(client, new ConsoleCase("discover", "UserFilterOptions", account), ct);
        var directories = options["directory"]!["directories"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();

        var groups = await DataAsync(client, new ConsoleCase("discover", "Groups", With(account, "input",
            new JsonObject { ["paging"] = Paging(0, 1), ["sort"] = new JsonObject { ["field"] = "MEMBER_COUNT", ["direction"] = "DESC" } })), ct);
        var largest = groups["directory"]!["groups"]!["items"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>();

        var users = (await DataAsync(client, new ConsoleCase("discover", "Users", With(account, "input", new JsonObject { ["paging"] = Paging(0, 1) })), ct))
            ["directory"]!["users"]!;
        var user = users["items"]!.AsArray().FirstOrDefault();

        var events = await DataAsync(client, new ConsoleCase("discover", "EventsFeed", With(account, "input", new JsonObject { ["limit"] = 100 })), ct);
        return new ConsoleTargets(accountId, directories, largest, user?["id"]?.GetValue<string>(), user?["userName"]?.GetValue<string>(),
            user?["familyName"]?.GetValue<string>(), users["paging"]!["total"]!.GetValue<int>(),
            events["events"]!["feed"]!["marker"]?.GetValue<string>(), DateTime.UtcNow);
    }

    public static JsonObject Paging(int from, int limit) => new() { ["from"] = from, ["limit"] = limit };

    public static JsonObject With(JsonObject variables, string name, JsonNode value)
    {
        var copy = (JsonObject)variables.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static async Task<JsonNode> DataAsync(ConsoleClient client, ConsoleCase c, CancellationToken ct)
    {
        var response = await client.SendAsync(c, ct);
        if (ConsoleClient.Failure(response) is { } failure)
        {
            throw new GraphQlException($"{c.Document}: {failure}");
        }

        return JsonNode.Parse(response.Body)!["data"]!;
    }
}

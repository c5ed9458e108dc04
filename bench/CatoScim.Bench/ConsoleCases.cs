using System.Globalization;
using System.Text.Json.Nodes;
using static CatoScim.Bench.ConsoleDiscovery;

namespace CatoScim.Bench;

/// <summary>
/// The requests the console's screens make, with the variables a real admin's clicks give them (page sizes as the
/// screens use: 50 users or groups, 100 events). A case whose target the account lacks (no group, no user) is left out.
/// </summary>
internal static class ConsoleCases
{
    private const int UsersPage = 50;

    // The summary half of EventsOverview, for a Host whose timeline API (and so that document) is not there yet.
    private const string SummaryText = """
        query EventsSummary($accountId: ID!, $timeFrame: TimeFrameInput) {
          events(accountId: $accountId) { summary(timeFrame: $timeFrame) { total byAction { action count } } }
        }
        """;

    public static List<ConsoleCase> Build(ConsoleTargets t)
    {
        var a = new JsonObject { ["accountId"] = t.AccountId };
        var hour = new DateTime(t.Now.Ticks - (t.Now.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var cases = new List<ConsoleCase>
        {
            new("Viewer", "Viewer", new JsonObject()),
            new("ScimDirectories", "ScimDirectories", a),
            new("Settings", "Settings", a),
            new("UserFilterOptions", "UserFilterOptions", a),
            Users(a, "first-page", new JsonObject()),
            Users(a, "deep-page", new JsonObject(), from: t.UserTotal / 2 / UsersPage * UsersPage),
            Users(a, "status-disabled", new JsonObject { ["statuses"] = new JsonArray("DISABLED") }),
            Users(a, "license-assigned", new JsonObject { ["licenseStatuses"] = new JsonArray("ASSIGNED") }),
            Users(a, "license-none", new JsonObject { ["licenseStatuses"] = new JsonArray("NONE") }),
            new("Groups.first-page", "Groups", With(a, "input", new JsonObject
            {
                ["filter"] = new JsonObject(), ["paging"] = Paging(0, UsersPage), ["sort"] = new JsonObject { ["field"] = "NAME", ["direction"] = "ASC" },
            })),
            new("Licensing", "Licensing", a),
            new("LicenseAssignments.pending", "LicenseAssignments", With(a, "input",
                new JsonObject { ["filter"] = new JsonObject { ["status"] = "PENDING" }, ["paging"] = Paging(0, UsersPage) })),
            Feed(a, "first-page", null),
            Feed(a, "failures", new JsonObject { ["actions"] = new JsonArray("FAILURE") }),
            new("AuditFeed.first-page", "AuditFeed", With(a, "input", new JsonObject { ["limit"] = 100 })),
        };
        if (t.DirectoryIds.Count > 0)
        {
            var directory = t.DirectoryIds[^1];
            cases.Add(Users(a, "directory", new JsonObject { ["directoryId"] = directory }));
            // A digest email's link: the last hour of one directory.
            cases.Add(Feed(a, "digest-link", new JsonObject { ["from"] = Iso(hour.AddHours(-1)), ["to"] = Iso(hour), ["directoryId"] = directory }));
        }

        if (t.FamilyName is { } family)
        {
            cases.Add(Users(a, "search-family-name", new JsonObject { ["search"] = family.ToLowerInvariant() }));
            cases.Add(Feed(a, "search", new JsonObject { ["search"] = family }));
        }

        if (t.UserName is { } userName)
        {
            cases.Add(Users(a, "search-user-name", new JsonObject { ["search"] = userName }));
        }

        if (t.LargestGroupId is { } group)
        {
            cases.Add(Users(a, "group", new JsonObject { ["groupId"] = group }));
            cases.Add(new("Group.largest", "Group", With(With(a, "id", group), "members", new JsonObject { ["paging"] = Paging(0, UsersPage) })));
        }

        if (t.UserId is { } user)
        {
            cases.Add(new("User", "User", With(a, "id", user)));
        }

        if (t.EventsMarker is { } marker)
        {
            cases.Add(new("EventsFeed.next-page", "EventsFeed", With(a, "input", new JsonObject { ["limit"] = 100, ["marker"] = marker })));
        }

        cases.AddRange(Overview(a, hour, "day", 24));
        cases.AddRange(Overview(a, hour, "week", 168));
        return cases;
    }

    /// <summary>EventsOverview by id once the Host has it; until then its summary half as text, so the row is still there.</summary>
    private static IEnumerable<ConsoleCase> Overview(JsonObject a, DateTime hour, string name, int hours)
    {
        var frame = new JsonObject { ["from"] = Iso(hour.AddHours(-hours)), ["to"] = Iso(hour) };
        yield return ConsoleDocuments.Contains("EventsOverview")
            ? new($"EventsOverview.{name}", "EventsOverview", With(With(a, "timeFrame", frame), "timeline", frame.DeepClone()))
            : new($"EventsSummary.{name} (text)", "EventsSummary", With(a, "timeFrame", frame), SummaryText);
    }

    private static ConsoleCase Users(JsonObject a, string name, JsonObject filter, int from = 0) =>
        new($"Users.{name}", "Users", With(a, "input", new JsonObject
        {
            ["filter"] = filter,
            ["paging"] = Paging(from, UsersPage),
            ["sort"] = new JsonObject { ["field"] = "NAME", ["direction"] = "ASC" },
        }));

    private static ConsoleCase Feed(JsonObject a, string name, JsonObject? filter)
    {
        var input = new JsonObject { ["limit"] = 100 };
        if (filter is not null)
        {
            input["filter"] = filter;
        }

        return new($"EventsFeed.{name}", "EventsFeed", With(a, "input", input));
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

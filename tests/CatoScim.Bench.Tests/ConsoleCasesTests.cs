using System.Security.Cryptography;
using System.Text;

namespace CatoScim.Bench.Tests;

/// <summary>The console phase sends the console's own documents by the id the Host gives them, with the screens' variables.</summary>
public sealed class ConsoleCasesTests
{
    private static readonly ConsoleTargets Targets = new("acc", ["d1", "d2"], "g1", "u1", "ann.lee@example.com", "Lee", 100_000, "m1",
        new DateTime(2026, 11, 29, 10, 30, 0, DateTimeKind.Utc));

    [Fact]
    public void Every_document_of_the_host_is_embedded_under_the_id_the_host_computes()
    {
        var folder = Path.Combine(RepoRoot(), "src", "Host", "CatoScim.Host", "GraphQL", "Documents");
        var files = System.IO.Directory.GetFiles(folder, "*.graphql");

        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension).Order(), ConsoleDocuments.Names.Order());
        Assert.All(files, f => Assert.Equal(
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(f).ReplaceLineEndings("\n")))),
            ConsoleDocuments.IdOf(Path.GetFileNameWithoutExtension(f))));
    }

    [Fact]
    public void Each_case_names_a_known_document_or_carries_its_text_and_has_its_own_row()
    {
        var cases = ConsoleCases.Build(Targets);

        Assert.Equal(cases.Count, cases.Select(c => c.Row).Distinct().Count());
        Assert.All(cases, c => Assert.True(c.QueryText is not null || ConsoleDocuments.Contains(c.Document), c.Row));
        foreach (var screen in new[] { "Users.first-page", "Users.deep-page", "Users.group", "Users.license-assigned", "User", "Groups.first-page", "Group.largest",
            "Licensing", "LicenseAssignments.pending", "EventsFeed.first-page", "EventsFeed.next-page", "AuditFeed.first-page", "ScimDirectories", "Settings" })
        {
            Assert.Contains(cases, c => c.Row == screen);
        }
    }

    [Fact]
    public void Users_pages_are_the_screens_pages_of_50_by_name_and_the_deep_page_is_halfway()
    {
        var cases = ConsoleCases.Build(Targets);
        var first = cases.Single(c => c.Row == "Users.first-page").Variables["input"]!;
        var deep = cases.Single(c => c.Row == "Users.deep-page").Variables["input"]!;

        Assert.Equal(50, first["paging"]!["limit"]!.GetValue<int>());
        Assert.Equal(0, first["paging"]!["from"]!.GetValue<int>());
        Assert.Equal("NAME", first["sort"]!["field"]!.GetValue<string>());
        Assert.Equal(50_000, deep["paging"]!["from"]!.GetValue<int>());
        Assert.Equal("acc", cases.Single(c => c.Row == "Users.deep-page").Variables["accountId"]!.GetValue<string>());
    }

    [Fact]
    public void The_events_summary_runs_by_id_once_the_host_has_the_overview_document_and_as_text_until_then()
    {
        var cases = ConsoleCases.Build(Targets);
        var summaries = cases.Where(c => c.Row.StartsWith("EventsOverview.", StringComparison.Ordinal) || c.Row.StartsWith("EventsSummary.", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, summaries.Count);
        Assert.All(summaries, c => Assert.Equal(ConsoleDocuments.Contains("EventsOverview"), c.QueryText is null));
        var day = summaries[0].Variables["timeFrame"]!;
        Assert.Equal("2026-11-28T10:00:00Z", day["from"]!.GetValue<string>());
        Assert.Equal("2026-11-29T10:00:00Z", day["to"]!.GetValue<string>());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CatoScim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CatoScim.sln not found above the test binaries.");
    }
}

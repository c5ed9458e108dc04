using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Tests.Filter.Data;

namespace CatoScim.Scim.Tests.Filter;

/// <summary>SCIMMY's filter.json as an oracle (provenance in Cases/README.md).</summary>
public sealed class ScimFilterOracleTests(SqliteFilterDatabase database) : IClassFixture<SqliteFilterDatabase>
{
    // match.targets cases we do not evaluate, and why. Each must still be rejected as invalidFilter,
    // so a behaviour change shows up here instead of passing silently.
    private static readonly Dictionary<string, string> Skipped = new()
    {
        ["userName np"] = "'np' is a SCIMMY extension, not an RFC 7644 operator",
        ["exists np"] = "'np' is a SCIMMY extension, not an RFC 7644 operator",
        ["userName un \"AdeleV\""] = "unknown operator: SCIMMY matches nothing, we answer invalidFilter",
        ["exists eq \"True\""] = "we require JSON true/false for booleans instead of coercing strings",
        ["exists eq \"False\""] = "we require JSON true/false for booleans instead of coercing strings",
        ["exists eq \"falsey\""] = "we require JSON true/false for booleans instead of coercing strings",
        ["date co \"2021-09\""] = "co on a date is a string operation on a DateTime column; we reject it",
        ["not (date co \"2021-09\")"] = "co on a date is a string operation on a DateTime column; we reject it",
    };

    // SCIMMY matches nothing when a number is compared with a quoted value; we answer invalidFilter.
    private static readonly Regex QuotedNumber = new("^number [a-z]{2} \"", RegexOptions.None, TimeSpan.FromSeconds(1));

    // Our AST folds `emails[...] pr` into the value filter and `emails[...] co "A"` into a comparison of the
    // element's "value" (RFC 7643 §2.4), which SCIMMY's tree keeps apart; only the branch count is compared there.
    private static readonly Regex OperatorAfterBracket = new(
        @"\]\s+(eq|ne|co|sw|ew|gt|ge|lt|le|pr)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    public static TheoryData<string, string> ParseCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (group, cases) in ScimCases.Load("filter.json")["parse"]!.AsObject())
        {
            foreach (var item in cases!.AsArray())
            {
                data.Add(group, (string)item!["source"]!);
            }
        }

        return data;
    }

    public static TheoryData<string, string> MatchCases() => MatchTargets(refused: false);

    public static TheoryData<string, string> RefusedMatchCases() => MatchTargets(refused: true);

    [Fact]
    public void The_vendored_case_file_holds_every_case()
    {
        Assert.Equal(56, ParseCases().Count);
        Assert.Equal(59, MatchCases().Count + RefusedMatchCases().Count);

        // Every skip names a case that is still in the file, so the list cannot outlive the cases it excuses.
        var refused = RefusedMatchCases().Select(c => ToFilter((string)c[1])).ToList();
        Assert.Equal(Skipped.Keys.Order(), refused.Where(Skipped.ContainsKey).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void Every_parse_source_parses_and_matches_scimmys_tree(string group, string source)
    {
        var target = FindParseCase(group, source)["target"]!.AsArray();

        var filter = ScimFilterParser.Parse(source);

        Assert.Equal(target.Count, ScimmyTreeAdapter.CountOrBranches(filter));
        if (!OperatorAfterBracket.IsMatch(source) && ScimmyTreeAdapter.TryToTree(filter) is { } tree)
        {
            Assert.True(JsonNode.DeepEquals(target, tree), $"expected {target.ToJsonString()} got {tree.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Match_targets_select_the_expected_ids_in_sqlite(string group, string expression)
    {
        var expected = FindMatchCase(group, expression)["expected"]!.AsArray().Select(n => (int)n!).ToArray();
        var filter = ToFilter(expression);

        using var db = database.CreateContext();
        var ids = db.OracleUsers.Where(FilterTestMaps.Oracle.ToPredicate(filter)).Select(u => u.Id).OrderBy(i => i).ToArray();
        Assert.Equal(expected, ids);
    }

    [Theory]
    [MemberData(nameof(RefusedMatchCases))]
    public void Match_targets_where_rfc_7644_and_scimmy_differ_are_refused(string group, string expression)
    {
        var filter = ToFilter(expression);

        var error = Record.Exception(() => FilterTestMaps.Oracle.ToPredicate(filter));

        Assert.True(error is ScimFilterException, $"{group} case '{filter}' should be refused as invalidFilter, got {error?.GetType().Name ?? "a predicate"}");
    }

    private static TheoryData<string, string> MatchTargets(bool refused)
    {
        var data = new TheoryData<string, string>();
        foreach (var (group, cases) in ScimCases.Load("filter.json")["match"]!["targets"]!.AsObject())
        {
            foreach (var item in cases!.AsArray())
            {
                var expression = item!["expression"]!.ToJsonString();
                if (IsRefused(ToFilter(expression)) == refused)
                {
                    data.Add(group, expression);
                }
            }
        }

        return data;
    }

    private static string ToFilter(string expression) => ScimmyFilterText.ToFilterString(JsonNode.Parse(expression)!);

    private static bool IsRefused(string filter) => Skipped.ContainsKey(filter) || QuotedNumber.IsMatch(filter);

    private static JsonNode FindParseCase(string group, string source) =>
        ScimCases.Load("filter.json")["parse"]![group]!.AsArray().First(c => (string)c!["source"]! == source)!;

    private static JsonNode FindMatchCase(string group, string expression) =>
        ScimCases.Load("filter.json")["match"]!["targets"]![group]!.AsArray()
            .First(c => c!["expression"]!.ToJsonString() == expression)!;
}

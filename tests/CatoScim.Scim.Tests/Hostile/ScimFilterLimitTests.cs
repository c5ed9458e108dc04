using System.Text;
using System.Text.Json.Nodes;
using CatoScim.Scim.Filter;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using CatoScim.Scim.Tests.Filter.Data;

namespace CatoScim.Scim.Tests.Hostile;

/// <summary>Nesting and length limits of the filter and path grammar, and the same bound in every walker over a parsed filter.</summary>
public sealed class ScimFilterLimitTests
{
    private static readonly ScimLimits Unbounded = new(MaxFilterLength: int.MaxValue, MaxPathLength: int.MaxValue);

    public static TheoryData<string> DeepFilters(int depth) => new()
    {
        new string('(', depth) + "userName pr" + new string(')', depth),
        Repeat("not ", depth) + "userName pr",
        Repeat("emails[", depth) + "value pr" + new string(']', depth),
        Repeat("not (", depth) + "userName pr" + new string(')', depth),
        new string('(', depth),
    };

    public static TheoryData<string> HundredThousandDeep => DeepFilters(100_000);

    [Theory]
    [MemberData(nameof(HundredThousandDeep))]
    public void A_filter_nested_100000_deep_is_refused_by_the_depth_limit_not_the_stack(string filter)
    {
        var error = Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse(filter, Unbounded));
        Assert.Contains("nests more than 32 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_nested_100000_deep_is_refused_by_the_depth_limit()
    {
        var path = "emails[" + new string('(', 100_000) + "type eq \"work\"" + new string(')', 100_000) + "]";
        var error = Assert.Throws<ScimFilterException>(() => ScimFilterParser.ParsePath(path, Unbounded));
        Assert.Contains("nests more than 32 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_parses_and_one_more_level_does_not()
    {
        var limits = ScimLimits.Default with { MaxFilterDepth = 5 };
        Assert.NotNull(ScimFilterParser.Parse("(((((userName pr)))))", limits));
        Assert.NotNull(ScimFilterParser.Parse("not not not not emails[value pr]", limits));
        Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse("((((((userName pr))))))", limits));
        Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse("not not not not not emails[value pr]", limits));
        Assert.Throws<ScimFilterException>(() => ScimFilterParser.ParsePath("emails[not not not not not value pr]", limits));
    }

    [Fact]
    public void Filters_and_paths_longer_than_their_limits_are_refused_before_parsing()
    {
        var limits = ScimLimits.Default with { MaxFilterLength = 20, MaxPathLength = 10 };
        Assert.NotNull(ScimFilterParser.Parse("userName eq \"abcde\"", limits));
        var filter = Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse("userName eq \"abcdefghij\"", limits));
        Assert.Contains("longer than the 20 characters", filter.Message, StringComparison.Ordinal);
        var path = Assert.Throws<ScimFilterException>(() => ScimFilterParser.ParsePath("name.givenName", limits));
        Assert.Contains("path is longer than the 10 characters", path.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Walkers_refuse_a_hand_built_tree_deeper_than_their_ceiling()
    {
        ScimFilter deep = new ScimComparisonFilter(new ScimAttributePath(null, "value", null), ScimComparisonOperator.Present, null);
        for (var i = 0; i < 100_000; i++)
        {
            deep = new ScimNotFilter(deep);
        }

        Assert.Throws<ScimFilterException>(() => FilterTestMaps.User.ToPredicate(deep));
        var matcher = Assert.Throws<ScimPatchException>(() => ScimJsonFilterMatcher.Matches(new JsonObject { ["value"] = "x" }, deep));
        Assert.Equal(ScimErrorType.InvalidFilter, matcher.ScimType);
        Assert.False(ScimMemberReferences.TryFromFilter(deep, out _));
    }

    [Fact]
    public void A_long_chain_of_or_costs_no_stack_in_any_walker()
    {
        ScimFilter chain = Id(0);
        for (var i = 1; i < 100_000; i++)
        {
            chain = new ScimLogicalFilter(ScimLogicalOperator.Or, chain, Id(i));
        }

        Assert.True(ScimMemberReferences.TryFromFilter(chain, out var ids));
        Assert.Equal(100_000, ids.Count);
        Assert.True(ScimJsonFilterMatcher.Matches(new JsonObject { ["value"] = "id99999" }, chain));
        Assert.NotNull(FilterTestMaps.Oracle.ToPredicate(Comparison("userName", "x", 20_000)));
    }

    [Fact]
    public void An_or_chain_filling_the_default_filter_length_runs_as_SQL()
    {
        using var database = new SqliteFilterDatabase();
        using var db = database.CreateContext();
        var terms = new List<string> { "userName eq \"a@b.com\"" };
        while (string.Join(" or ", terms).Length + " or externalId eq \"z\"".Length <= ScimLimits.Default.MaxFilterLength)
        {
            terms.Insert(0, "externalId eq \"z\"");
        }

        var predicate = FilterTestMaps.User.ToPredicate(ScimFilterParser.Parse(string.Join(" or ", terms)));
        Assert.Equal([FilterTestSeed.Carol], db.Users.Where(predicate).Select(u => u.Id).ToList());
    }

    [Fact]
    public void Member_ids_selected_by_a_filter_are_distinct()
    {
        Assert.True(ScimMemberReferences.TryFromFilter(ScimFilterParser.Parse("value eq \"a\" or value eq \"b\" or value eq \"a\""), out var ids));
        Assert.Equal(["a", "b"], ids);
    }

    private static ScimComparisonFilter Id(int i) =>
        new(new ScimAttributePath(null, "value", null), ScimComparisonOperator.Equal, $"id{i}");

    private static ScimFilter Comparison(string attribute, string value, int count)
    {
        ScimFilter chain = new ScimComparisonFilter(new ScimAttributePath(null, attribute, null), ScimComparisonOperator.Equal, value);
        for (var i = 1; i < count; i++)
        {
            chain = new ScimLogicalFilter(ScimLogicalOperator.Or, chain,
                new ScimComparisonFilter(new ScimAttributePath(null, attribute, null), ScimComparisonOperator.Equal, $"{value}{i}"));
        }

        return chain;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}

using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>RFC 7644 §3.4.2.4 paging and §3.4.2.3 sorting parameters, read from a query string lookup.</summary>
public sealed class ScimListQueryTests
{
    [Fact]
    public void Absent_parameters_give_the_first_page_of_the_default_size_unsorted()
    {
        var query = ScimListQuery.From(Parameters(), maxResults: 500);

        Assert.Equal((null, 1, ScimListQuery.DefaultCount, null, false), (query.Filter, query.StartIndex, query.Count, query.SortBy, query.Descending));
    }

    [Theory]
    [InlineData("0", "10", 1, 10)]
    [InlineData("-3", "-1", 1, 0)]
    [InlineData("7", "9999", 7, 50)]
    [InlineData("99999999999999999999", "999999999999", int.MaxValue, 50)]
    [InlineData("-99999999999", "-99999999999", 1, 0)]
    public void Start_index_below_one_means_one_and_count_is_kept_between_zero_and_max_results(string startIndex, string count, int expectedStart, int expectedCount)
    {
        var query = ScimListQuery.From(Parameters(("startIndex", startIndex), ("count", count)), maxResults: 50);

        Assert.Equal((expectedStart, expectedCount), (query.StartIndex, query.Count));
    }

    [Fact]
    public void Filter_and_sort_are_taken_as_given()
    {
        var query = ScimListQuery.From(
            Parameters(("filter", "userName eq \"a\""), ("sortBy", "meta.created"), ("sortOrder", "Descending")), maxResults: 50);

        Assert.Equal(("userName eq \"a\"", "meta.created", true), (query.Filter, query.SortBy, query.Descending));
    }

    [Theory]
    [InlineData("count", "ten")]
    [InlineData("startIndex", "1.5")]
    [InlineData("count", "99999999999x")]
    [InlineData("count", "-")]
    [InlineData("sortOrder", "up")]
    public void A_malformed_parameter_is_invalid_value(string name, string value)
    {
        var error = Assert.Throws<ScimException>(() => ScimListQuery.From(Parameters((name, value)), maxResults: 50));

        Assert.Equal((400, ScimErrorType.InvalidValue), (error.Status, error.ScimType));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    private static Func<string, string?> Parameters(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;
}

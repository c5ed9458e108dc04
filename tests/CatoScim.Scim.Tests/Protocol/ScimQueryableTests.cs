using CatoScim.Scim.Protocol;
using CatoScim.Scim.Tests.Filter.Data;
using static CatoScim.Scim.Tests.Filter.Data.FilterTestSeed;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>A list query becomes WHERE and ORDER BY on a real SQLite file; bad input becomes the right SCIM error.</summary>
public sealed class ScimQueryableTests(SqliteFilterDatabase database) : IClassFixture<SqliteFilterDatabase>
{
    [Fact]
    public void Without_sort_by_rows_come_in_id_order()
    {
        Assert.Equal([Alice, Bob, Carol], Run(Query()));
    }

    [Fact]
    public void Filter_and_descending_sort_run_in_sql()
    {
        Assert.Equal([Alice, Carol], Run(Query(filter: "active eq true", sortBy: "userName", descending: true)));
    }

    [Fact]
    public void An_unparsable_filter_is_invalid_filter()
    {
        var error = Assert.Throws<ScimException>(() => Run(Query(filter: "userName eq")));

        Assert.Equal((400, ScimErrorType.InvalidFilter), (error.Status, error.ScimType));
    }

    [Fact]
    public void Sorting_by_an_unmapped_attribute_is_invalid_value()
    {
        var error = Assert.Throws<ScimException>(() => Run(Query(sortBy: "nickName")));

        Assert.Equal((400, ScimErrorType.InvalidValue), (error.Status, error.ScimType));
        Assert.Contains("nickName", error.Message, StringComparison.Ordinal);
    }

    private static ScimListQuery Query(string? filter = null, string? sortBy = null, bool descending = false) =>
        new(filter, 1, 100, sortBy, descending, ScimAttributeSelection.All);

    private Guid[] Run(ScimListQuery query)
    {
        using var db = database.CreateContext();
        return [.. ScimQueryable.Apply(db.Users, FilterTestMaps.User, query, u => u.Id).Select(u => u.Id)];
    }
}

using CatoScim.Scim.Filter;
using CatoScim.Scim.Tests.Filter.Data;
using Microsoft.EntityFrameworkCore;
using static CatoScim.Scim.Tests.Filter.Data.FilterTestSeed;

namespace CatoScim.Scim.Tests.Filter;

/// <summary>The filters Okta and Entra ID actually send, run as SQL against a SQLite file.</summary>
public sealed class ScimFilterTranslationTests(SqliteFilterDatabase database) : IClassFixture<SqliteFilterDatabase>
{
    public static TheoryData<string, Guid[]> UserCases() => new()
    {
        { "userName eq \"a@b.com\"", [Carol] },
        { "userName eq \"ALICE@acme.COM\"", [Alice] },
        { "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bob@b.com\"", [Bob] },
        { "userName sw \"a\"", [Alice, Carol] },
        { "userName gt \"b\"", [Bob] },
        { "externalId eq \"ext-2\"", [Bob] },
        { "externalId eq \"EXT-2\"", [] },
        { "externalId pr", [Alice, Bob] },
        { $"id eq \"{Alice}\"", [Alice] },
        { "id eq \"not-a-guid\"", [] },
        { "displayName eq \"alice smith\"", [Alice] },
        { "name.givenName co \"AR\"", [Carol] },
        { $"{FilterTestMaps.Enterprise}:department eq \"Sales\"", [Alice] },
        { $"{FilterTestMaps.Enterprise}:department eq null", [Carol] },
        { "emails[type eq \"work\" and value co \"@acme.com\"]", [Alice] },
        { "emails[type eq \"work\"]", [Alice, Bob] },
        { "emails[type eq \"home\"]", [] },
        { "emails[primary eq true]", [Alice, Bob] },
        { "emails.value eq \"BOB@other.org\"", [Bob] },
        { "emails co \"acme\"", [Alice] },
        { "emails pr", [Alice, Bob] },
        { "meta.lastModified gt \"2024-01-01T00:00:00Z\"", [Alice] },
        { "meta.lastModified ge \"2024-01-01T00:00:00Z\"", [Alice, Carol] },
        { "meta.lastModified lt \"2024-01-01T01:00:00+01:00\"", [Bob] },
        { "active eq false", [Bob] },
        { "active eq true and not (userName eq \"a@b.com\")", [Alice] },
        { "userName eq \"bob@b.com\" or externalId eq \"ext-1\"", [Alice, Bob] },
        { "userName ne \"a@b.com\"", [Alice, Bob] },
    };

    public static TheoryData<string, Guid[]> GroupCases() => new()
    {
        { $"members[value eq \"{Alice}\"]", [Admins] },
        { $"members.value eq \"{Carol}\"", [Sales] },
        { $"members eq \"{Bob}\"", [Admins] },
        { "members pr", [Admins, Sales] },
        { "not (members pr)", [Empty] },
        { "displayName eq \"sales\"", [Sales] },
        { $"displayName eq \"Admins\" and members[value eq \"{Carol}\"]", [] },
    };

    [Theory]
    [MemberData(nameof(UserCases))]
    public void User_filters_select_the_expected_users(string filter, Guid[] expected)
    {
        using var db = database.CreateContext();
        var ids = db.Users.Where(FilterTestMaps.User.ToPredicate(filter)).Select(u => u.Id).ToList();
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Theory]
    [MemberData(nameof(GroupCases))]
    public void Group_filters_select_the_expected_groups(string filter, Guid[] expected)
    {
        using var db = database.CreateContext();
        var ids = db.Groups.Where(FilterTestMaps.Group.ToPredicate(filter)).Select(g => g.Id).ToList();
        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public void UserName_eq_is_a_plain_parameterised_equality_on_the_normalized_column()
    {
        using var db = database.CreateContext();
        var sql = db.Users.Where(FilterTestMaps.User.ToPredicate("userName eq \"x\"")).ToQueryString();

        Assert.Matches("\"UserNameNormalized\" = @\\w+", sql);
        Assert.DoesNotContain("upper", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("'X'", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_exact_starts_with_does_not_fold_case()
    {
        using var db = database.CreateContext();
        Assert.Empty(db.Users.Where(FilterTestMaps.User.ToPredicate("externalId sw \"EXT\"")).ToList());
        Assert.Empty(db.Users.Where(FilterTestMaps.User.ToPredicate("externalId ew \"T-1\"")).ToList());
        Assert.Equal([Alice], db.Users.Where(FilterTestMaps.User.ToPredicate("externalId ew \"t-1\"")).Select(u => u.Id).ToList());
        Assert.Equal([Bob], db.Users.Where(FilterTestMaps.User.ToPredicate("externalId sw \"ext-2\"")).Select(u => u.Id).ToList());
    }

    [Fact]
    public void Sort_selectors_order_by_mapped_columns()
    {
        using var db = database.CreateContext();
        var selector = (System.Linq.Expressions.Expression<Func<TestUser, string>>)FilterTestMaps.User.GetSortSelector("UserName");
        var ordered = db.Users.OrderBy(selector).Select(u => u.Id).ToList();
        var byDate = (System.Linq.Expressions.Expression<Func<TestUser, DateTime>>)FilterTestMaps.User.GetSortSelector("meta.lastModified");

        Assert.Equal([Carol, Alice, Bob], ordered);
        Assert.Equal([Bob, Carol, Alice], db.Users.OrderBy(byDate).Select(u => u.Id).ToList());
        Assert.Throws<ScimFilterException>(() => FilterTestMaps.User.GetSortSelector("emails"));
    }

    [Theory]
    [InlineData("title eq \"x\"", "'title' is not supported in filters")]
    [InlineData("name.familyName eq \"x\"", "'name.familyName' is not supported in filters")]
    [InlineData("active co \"t\"", "'active'")]
    [InlineData("active eq \"True\"", "true or false")]
    [InlineData("meta.lastModified gt \"yesterday\"", "ISO 8601")]
    [InlineData("meta.created co \"2024\"", "'meta.created'")]
    [InlineData("userName gt null", "null")]
    [InlineData("emails[primary co \"t\"]", "'primary'")]
    public void Unsupported_filters_are_rejected_with_an_explanation(string filter, string fragment)
    {
        var error = Assert.Throws<ScimFilterException>(() => FilterTestMaps.User.ToPredicate(filter));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}

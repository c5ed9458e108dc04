using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Tests.Filter;

public sealed class ScimFilterParserTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("userName eq", 11)]
    [InlineData("userName xx \"a\"", 9)]
    [InlineData("(userName eq \"a\"", 16)]
    [InlineData("userName eq \"a\" userName eq \"b\"", 16)]
    [InlineData("userName eq \"abc", 12)]
    [InlineData("userName eq \"a\\qb\"", 12)]
    [InlineData("emails[type eq \"work\"", 21)]
    [InlineData("name.givenName[value eq \"x\"]", 14)]
    [InlineData("userName eq \"a\" and", 19)]
    [InlineData("a.b.c eq \"x\"", 0)]
    [InlineData("userName eq \"a\" # x", 16)]
    public void Syntax_errors_report_the_character_position(string filter, int position)
    {
        var error = Assert.Throws<ScimFilterException>(() => ScimFilterParser.Parse(filter));
        Assert.Equal(position, error.Position);
        Assert.Contains($"at character {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void And_binds_tighter_than_or_and_keywords_ignore_case()
    {
        var filter = ScimFilterParser.Parse("a EQ \"1\" OR b Eq \"2\" AnD c pR");

        var or = Assert.IsType<ScimLogicalFilter>(filter);
        Assert.Equal(ScimLogicalOperator.Or, or.Operator);
        var and = Assert.IsType<ScimLogicalFilter>(or.Right);
        Assert.Equal(ScimLogicalOperator.And, and.Operator);
        Assert.Equal(new ScimComparisonFilter(new(null, "c", null), ScimComparisonOperator.Present, null), and.Right);
    }

    [Fact]
    public void String_literals_follow_json_escapes()
    {
        var filter = Assert.IsType<ScimComparisonFilter>(ScimFilterParser.Parse("displayName eq \"O\\\"Brien \\u00e9\\\\\""));
        Assert.Equal("O\"Brien é\\", filter.Value);
    }

    [Fact]
    public void Urn_qualified_paths_split_at_the_last_colon_and_core_urns_are_dropped()
    {
        var enterprise = Assert.IsType<ScimComparisonFilter>(ScimFilterParser.Parse(
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"m\""));
        var core = Assert.IsType<ScimComparisonFilter>(ScimFilterParser.Parse(
            "urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr"));

        Assert.Equal(new ScimAttributePath("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value"), enterprise.Path);
        Assert.Equal(new ScimAttributePath(null, "name", "givenName"), core.Path);
    }

    [Fact]
    public void Literals_are_typed()
    {
        object?[] values = [.. new[] { "a eq true", "a eq FALSE", "a eq null", "a eq 1.5", "a eq -2e2", "a eq \"1\"" }
            .Select(f => ((ScimComparisonFilter)ScimFilterParser.Parse(f)).Value)];
        Assert.Equal([true, false, null, 1.5m, -200m, "1"], values);
    }

    [Theory]
    [InlineData("members[value eq \"abc\"]", "members", null)]
    [InlineData("emails[type eq \"work\"].value", "emails", "value")]
    [InlineData("name.familyName", "name", "familyName")]
    [InlineData("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "department", null)]
    public void Patch_paths_parse_attribute_filter_and_sub_attribute(string text, string name, string? sub)
    {
        var path = ScimFilterParser.ParsePath(text);

        Assert.Equal(name, path.Attribute.Name);
        Assert.Equal(sub, path.Attribute.SubAttribute);
        Assert.Equal(text.Contains('['), path.ValueFilter is not null);
    }

    [Theory]
    [InlineData("emails[type eq \"work\"] pr", 23)]
    [InlineData("emails[type eq \"work\"].", 23)]
    [InlineData("members[value eq \"a\"", 20)]
    public void Invalid_patch_paths_report_the_position(string text, int position)
    {
        var error = Assert.Throws<ScimFilterException>(() => ScimFilterParser.ParsePath(text));
        Assert.Equal(position, error.Position);
    }
}

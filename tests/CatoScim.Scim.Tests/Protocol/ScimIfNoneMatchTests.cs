using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>RFC 7232 §3.2 If-None-Match with weak comparison (§2.3.2), against the weak tags the SCIM endpoints send.</summary>
public sealed class ScimIfNoneMatchTests
{
    private const string Current = "W/\"3\"";

    [Theory]
    [InlineData("W/\"3\"")]
    [InlineData("\"3\"")]
    [InlineData("  W/\"3\"  ")]
    [InlineData("*")]
    [InlineData(" * ")]
    public void The_current_tag_weak_or_strong_or_a_star_matches(string header) =>
        Assert.True(ScimIfNoneMatch.Matches(header, Current));

    [Theory]
    [InlineData("W/\"2\", W/\"3\"")]
    [InlineData("\"1\",\"3\"")]
    [InlineData("W/\"3\" ,\t\"9\"")]
    [InlineData("\"a,b\", W/\"3\"")]
    [InlineData(", W/\"3\",")]
    public void A_list_matches_when_any_of_its_tags_is_current(string header) =>
        Assert.True(ScimIfNoneMatch.Matches(header, Current));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("W/\"2\"")]
    [InlineData("\"30\"")]
    [InlineData("W/\"2\", \"4\"")]
    [InlineData("\"3,4\"")]
    public void Another_version_or_no_header_does_not_match(string? header) =>
        Assert.False(ScimIfNoneMatch.Matches(header, Current));

    [Theory]
    [InlineData("3")]
    [InlineData("W/3")]
    [InlineData("\"3")]
    [InlineData("W/\"3\" W/\"4\"")]
    [InlineData("W/\"3\"x")]
    [InlineData("\"1\", *")]
    [InlineData("W/\"3\", garbage")]
    [InlineData("W/")]
    [InlineData("w/\"3\"")]
    public void A_malformed_field_matches_nothing_even_when_it_names_the_current_version(string header) =>
        Assert.False(ScimIfNoneMatch.Matches(header, Current));

    [Fact]
    public void A_strong_current_tag_is_compared_weakly_too()
    {
        Assert.True(ScimIfNoneMatch.Matches("W/\"v7\"", "\"v7\""));
        Assert.True(ScimIfNoneMatch.Matches("\"v7\"", "\"v7\""));
        Assert.False(ScimIfNoneMatch.Matches("\"v8\"", "\"v7\""));
    }
}

using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

/// <summary>RFC 7232 §3.1 If-Match, compared weakly against the weak tags the SCIM endpoints send.</summary>
public sealed class ScimIfMatchTests
{
    private const string Current = "W/\"3\"";

    [Theory]
    [InlineData(null)]
    [InlineData("W/\"3\"")]
    [InlineData("\"3\"")]
    [InlineData("*")]
    [InlineData("W/\"2\", \"3\"")]
    public void No_field_or_one_naming_the_current_version_passes(string? header) =>
        ScimIfMatch.Ensure(header, Current, "user");

    [Theory]
    [InlineData("")]
    [InlineData("W/\"2\"")]
    [InlineData("\"garbage\"")]
    [InlineData("garbage")]
    [InlineData("3")]
    [InlineData("W/\"3\" W/\"4\"")]
    [InlineData("\"1\", *")]
    public void Another_version_or_a_malformed_field_is_412(string header)
    {
        var refused = Assert.Throws<ScimException>(() => ScimIfMatch.Ensure(header, Current, "user"));
        Assert.Equal(412, refused.Status);
        Assert.Null(refused.ScimType);
        Assert.Contains("modified", refused.Message, StringComparison.Ordinal);
    }
}

using CatoScim.Scim.Protocol;

namespace CatoScim.Scim.Tests.Protocol;

public sealed class ScimErrorTests
{
    [Fact]
    public void Error_has_the_error_schema_and_a_string_status()
    {
        var error = ScimError.Build(409, "userName is taken", "uniqueness");

        ScimJsonAssert.Schemas(error, "urn:ietf:params:scim:api:messages:2.0:Error");
        Assert.Equal("409", ScimJsonAssert.String(error, "status"));
        Assert.Equal("uniqueness", ScimJsonAssert.String(error, "scimType"));
        Assert.Equal("userName is taken", ScimJsonAssert.String(error, "detail"));
    }

    [Fact]
    public void ScimType_and_detail_are_left_out_when_not_given()
    {
        var error = ScimError.Build(404);

        Assert.Equal("404", ScimJsonAssert.String(error, "status"));
        Assert.False(error.ContainsKey("scimType"));
        Assert.False(error.ContainsKey("detail"));
    }

    [Theory]
    [InlineData("invalidFilter")]
    [InlineData("tooMany")]
    [InlineData("uniqueness")]
    [InlineData("mutability")]
    [InlineData("invalidSyntax")]
    [InlineData("invalidPath")]
    [InlineData("noTarget")]
    [InlineData("invalidValue")]
    [InlineData("invalidVers")]
    [InlineData("sensitive")]
    public void Every_table_9_scimType_is_accepted(string scimType) =>
        Assert.Equal(scimType, ScimJsonAssert.String(ScimError.Build(400, "x", scimType), "scimType"));

    [Fact]
    public void The_scimType_set_is_exactly_table_9() => Assert.Equal(10, ScimError.ScimTypes.Count);

    [Theory]
    [InlineData("notFound")]
    [InlineData("InvalidFilter")]
    [InlineData("")]
    public void Other_scimTypes_are_refused(string scimType) =>
        Assert.Throws<ArgumentException>(() => ScimError.Build(400, "x", scimType));

    [Theory]
    [InlineData(200)]
    [InlineData(600)]
    public void Non_error_statuses_are_refused(int status) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScimError.Build(status));
}

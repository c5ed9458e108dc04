namespace CatoScim.Bench.Tests;

public sealed class HostPidOptionTests
{
    private static readonly string[] Direct = ["--scim-base", "http://127.0.0.1:5080/scim/v2/a/d", "--token", "t"];

    [Fact]
    public void Host_pid_is_read_when_given_and_null_when_not()
    {
        Assert.Equal(4321, BenchOptionsParser.Parse([.. Direct, "--host-pid", "4321"]).HostPid);
        Assert.Null(BenchOptionsParser.Parse(Direct).HostPid);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("12ab")]
    [InlineData("99999999999")]
    public void A_host_pid_that_is_not_a_positive_integer_is_a_usage_error(string value)
    {
        var ex = Assert.Throws<BenchUsageException>(() => BenchOptionsParser.Parse([.. Direct, "--host-pid", value]));
        Assert.Contains("--host-pid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_pid_without_a_value_is_a_usage_error()
    {
        Assert.Throws<BenchUsageException>(() => BenchOptionsParser.Parse([.. Direct, "--host-pid"]));
    }
}

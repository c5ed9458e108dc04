namespace CatoScim.Bench.Tests;

public sealed class ConsolePhaseOptionsTests
{
    private static readonly string[] Admin = ["--url", "http://127.0.0.1:5080", "--api-key", "k", "--account", "a"];

    [Fact]
    public void The_console_phase_is_opt_in_with_30_measured_and_3_warm_up_rounds_by_default()
    {
        var defaults = BenchOptionsParser.Parse(Admin);
        var console = BenchOptionsParser.Parse([.. Admin, "--phases", "console"]);

        Assert.DoesNotContain("console", defaults.Phases);
        Assert.Equal(["console"], console.Phases);
        Assert.Equal(30, console.Iterations);
        Assert.Equal(3, console.ConsoleWarmup);
    }

    [Fact]
    public void Iterations_and_warm_up_are_read_from_the_command_line()
    {
        var options = BenchOptionsParser.Parse([.. Admin, "--phases", "console", "--iterations", "5", "--console-warmup", "0"]);

        Assert.Equal(5, options.Iterations);
        Assert.Equal(0, options.ConsoleWarmup);
    }

    [Theory]
    [InlineData("--iterations", "0")]
    [InlineData("--iterations", "x")]
    [InlineData("--console-warmup", "-1")]
    public void A_round_count_out_of_range_is_a_usage_error(string option, string value)
    {
        var ex = Assert.Throws<BenchUsageException>(() => BenchOptionsParser.Parse([.. Admin, "--phases", "console", option, value]));

        Assert.Contains(option, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_phase_needs_the_admin_api_not_a_scim_target()
    {
        var ex = Assert.Throws<BenchUsageException>(() =>
            BenchOptionsParser.Parse(["--scim-base", "http://127.0.0.1:5080/scim/v2/a/d", "--token", "t", "--phases", "console"]));

        Assert.Contains("--api-key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_the_console_phase_alone_needs_no_scim_directory()
    {
        Assert.False(PhaseCatalog.UsesScim(["console"]));
        Assert.True(PhaseCatalog.UsesScim(["create", "console"]));
        Assert.Equal(["create", "console"], PhaseCatalog.Select(["console", "create"]).Select(p => p.Name));
    }
}

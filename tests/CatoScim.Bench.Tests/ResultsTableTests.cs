namespace CatoScim.Bench.Tests;

public sealed class ResultsTableTests
{
    [Fact]
    public void Host_columns_show_a_dash_without_host_figures_and_the_bench_cpu_per_thousand_requests()
    {
        var cpu = new PhaseCpu("lookup", 2000, BenchCpuSeconds: 0.5, HostCpuSeconds: null, HostRssMiB: null, HostIdle: null);
        var row = PrintRow(cpu);
        Assert.Equal(["-", "-", "-", "0.250"], row[^4..]);
    }

    [Fact]
    public void Host_cpu_per_thousand_counts_every_request_of_the_phase()
    {
        var cpu = new PhaseCpu("create", 4000, BenchCpuSeconds: 1.0, HostCpuSeconds: 6.0, HostRssMiB: 181.4, HostIdle: true);
        var row = PrintRow(cpu);
        Assert.Equal(["6.00", "1.500", "181", "0.250"], row[^4..]);
    }

    [Fact]
    public void A_phase_cut_short_shows_no_cpu_figures()
    {
        Assert.Equal(["-", "-", "-", "-"], PrintRow(null)[^4..]);
    }

    private static string[] PrintRow(PhaseCpu? cpu)
    {
        var result = new PhaseResult("create.post", 2000, 0, 2.0, 1000, 0.5, 0.7, 0.9, 1.2, 3.0, 0.55, cpu);
        using var output = new StringWriter();
        ResultsTable.Print([result], output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        return lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}

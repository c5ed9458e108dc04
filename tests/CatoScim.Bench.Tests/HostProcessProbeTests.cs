using System.Diagnostics;

namespace CatoScim.Bench.Tests;

public sealed class HostProcessProbeTests
{
    [LinuxFact]
    public void Cpu_of_the_test_process_read_from_proc_agrees_with_the_runtime()
    {
        using var self = Process.GetCurrentProcess();
        var probe = HostProcessProbe.Open(Environment.ProcessId, TextWriter.Null)!;

        var before = self.TotalProcessorTime.TotalSeconds;
        var read = probe.CpuSeconds();
        self.Refresh();
        var after = self.TotalProcessorTime.TotalSeconds;

        // Both come from the kernel's per-process time; /proc/PID/stat rounds it to clock ticks (10 ms).
        Assert.NotNull(read);
        Assert.InRange(read.Value, before - 0.05, after + 0.05);
    }

    [LinuxFact]
    public void Rss_of_the_test_process_read_from_proc_agrees_with_the_runtime()
    {
        var probe = HostProcessProbe.Open(Environment.ProcessId, TextWriter.Null)!;
        var workingSetMiB = Environment.WorkingSet / (1024.0 * 1024.0);

        var rss = probe.RssMiB();

        Assert.NotNull(rss);
        Assert.InRange(rss.Value, workingSetMiB - 16, workingSetMiB + 16);
    }

    [LinuxFact]
    public void A_pid_without_a_process_is_a_usage_error()
    {
        // Above the kernel's largest pid_max (2^22), so no process can have it.
        var ex = Assert.Throws<BenchUsageException>(() => HostProcessProbe.Open(5_000_000, TextWriter.Null));
        Assert.Contains("5000000", ex.Message, StringComparison.Ordinal);
    }
}

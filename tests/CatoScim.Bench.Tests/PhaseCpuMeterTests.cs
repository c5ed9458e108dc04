using System.Diagnostics;

namespace CatoScim.Bench.Tests;

public sealed class PhaseCpuMeterTests
{
    [LinuxFact]
    public async Task A_sleeping_host_is_found_idle_and_charged_no_cpu()
    {
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            var probe = HostProcessProbe.Open(sleeper.Id, TextWriter.Null)!;
            var meter = new PhaseCpuMeter(probe, TimeProvider.System, TextWriter.Null);
            var started = Stopwatch.GetTimestamp();

            await meter.StartAsync(CancellationToken.None);
            var cpu = await meter.StopAsync("lookup", 2000, CancellationToken.None);

            Assert.Equal(true, cpu.HostIdle);
            Assert.InRange(cpu.HostCpuSeconds!.Value, 0, 0.01);
            Assert.InRange(cpu.HostRssMiB!.Value, 0.01, 100);
            // Each idle wait needs a full second of readings, and a quiet process needs no more.
            Assert.InRange(Stopwatch.GetElapsedTime(started).TotalSeconds, 2, 10);
        }
        finally
        {
            sleeper.Kill();
        }
    }

    [Fact]
    public async Task Without_a_host_only_the_bench_cpu_is_measured()
    {
        var meter = new PhaseCpuMeter(null, TimeProvider.System, TextWriter.Null);

        await meter.StartAsync(CancellationToken.None);
        var cpu = await meter.StopAsync("create", 10, CancellationToken.None);

        Assert.Equal(new PhaseCpu("create", 10, cpu.BenchCpuSeconds, null, null, null), cpu);
        Assert.True(cpu.BenchCpuSeconds >= 0);
    }
}

using CatoScim.Host.Memory;

namespace CatoScim.Host.Tests.Memory;

public sealed class FileReleaseGateTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Pages_out_once_after_the_quiet_ticks_that_follow_a_heap_release()
    {
        var gate = new FileReleaseGate(quietTicks: 3, quietBytesPerTick: MiB);
        gate.Tick(0, 100);
        gate.Arm();

        var fired = Ticks(gate, [(0, 0), (0, 0), (0, 0), (0, 0), (0, 0)]);

        Assert.Equal([false, false, true, false, false], fired);
    }

    [Fact]
    public void A_compile_starts_the_quiet_count_again()
    {
        var gate = new FileReleaseGate(quietTicks: 3, quietBytesPerTick: MiB);
        gate.Tick(0, 100);
        gate.Arm();

        var fired = Ticks(gate, [(0, 0), (0, 0), (0, 1), (0, 0), (0, 0), (0, 0)]);

        Assert.Equal([false, false, false, false, false, true], fired);
    }

    [Fact]
    public void Allocation_starts_the_quiet_count_again()
    {
        var gate = new FileReleaseGate(quietTicks: 3, quietBytesPerTick: MiB);
        gate.Tick(0, 100);
        gate.Arm();

        var fired = Ticks(gate, [(0, 0), (0, 0), (2 * MiB, 0), (0, 0), (0, 0), (0, 0)]);

        Assert.Equal([false, false, false, false, false, true], fired);
    }

    [Fact]
    public void Without_a_heap_release_it_never_pages_out()
    {
        var gate = new FileReleaseGate(quietTicks: 3, quietBytesPerTick: MiB);

        var fired = Ticks(gate, Enumerable.Repeat((0L, 0L), 50).ToArray());

        Assert.DoesNotContain(true, fired);
    }

    // Each step adds (bytes allocated, methods compiled) to the running totals.
    private static bool[] Ticks(FileReleaseGate gate, (long Bytes, long Methods)[] steps)
    {
        long allocated = 0, compiled = 100;
        return [.. steps.Select(s => gate.Tick(allocated += s.Bytes, compiled += s.Methods))];
    }
}

using CatoScim.Host.Memory;

namespace CatoScim.Host.Tests.Memory;

public sealed class IdleReleaseTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Releases_once_after_the_quiet_ticks_that_follow_work()
    {
        var idle = new IdleRelease(busyBytes: 64 * MiB, quietTicks: 3, quietBytesPerTick: MiB, allocatedSoFar: 0);

        // 100 MiB of work in one tick, then quiet ticks of 100 KiB each.
        var fired = Ticks(idle, [100 * MiB, 100_000, 100_000, 100_000, 100_000, 100_000, 100_000]);

        Assert.Equal([false, false, false, true, false, false, false], fired);
    }

    [Fact]
    public void A_busy_tick_starts_the_quiet_count_again()
    {
        var idle = new IdleRelease(busyBytes: 64 * MiB, quietTicks: 3, quietBytesPerTick: MiB, allocatedSoFar: 0);

        var fired = Ticks(idle, [100 * MiB, 0, 0, 2 * MiB, 0, 0, 0]);

        Assert.Equal([false, false, false, false, false, false, true], fired);
    }

    [Fact]
    public void A_host_that_only_idles_never_releases()
    {
        var idle = new IdleRelease(busyBytes: 64 * MiB, quietTicks: 3, quietBytesPerTick: MiB, allocatedSoFar: 0);

        var fired = Ticks(idle, Enumerable.Repeat(500_000L, 100).ToArray());

        Assert.DoesNotContain(true, fired);
    }

    private static bool[] Ticks(IdleRelease idle, long[] allocatedPerTick)
    {
        var total = 0L;
        return [.. allocatedPerTick.Select(bytes => idle.Tick(total += bytes))];
    }
}

using CatoScim.Host.Memory;

namespace CatoScim.Host.Tests.Memory;

public sealed class IdleRetrimTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Never_trims_before_a_release()
    {
        var retrim = new IdleRetrim(everyQuietTicks: 2, quietBytesPerTick: MiB);

        Assert.DoesNotContain(true, Ticks(retrim, 0, 0, 0, 0, 0, 0));
    }

    [Fact]
    public void After_a_release_trims_on_every_second_quiet_tick()
    {
        var retrim = new IdleRetrim(everyQuietTicks: 2, quietBytesPerTick: MiB);
        retrim.Tick(0);
        retrim.Arm();

        Assert.Equal([false, true, false, true], Ticks(retrim, 0, 0, 0, 0));
    }

    [Fact]
    public void A_busy_tick_starts_the_count_again_and_quiet_ticks_trim_after_it()
    {
        var retrim = new IdleRetrim(everyQuietTicks: 2, quietBytesPerTick: MiB);
        retrim.Tick(0);
        retrim.Arm();

        Assert.Equal([false, false, false, true], Ticks(retrim, 0, 2 * MiB, 0, 0));
    }

    /// <summary>Each value is the bytes allocated since the tick before.</summary>
    private static List<bool> Ticks(IdleRetrim retrim, params long[] allocatedPerTick)
    {
        var total = 0L;
        var fired = new List<bool>();
        foreach (var bytes in allocatedPerTick)
        {
            total += bytes;
            fired.Add(retrim.Tick(total));
        }

        return fired;
    }
}

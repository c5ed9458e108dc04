namespace CatoScim.Bench.Tests;

public sealed class IdleDetectorTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    [Fact]
    public void A_flat_process_is_idle_only_once_a_full_second_is_covered()
    {
        var detector = new IdleDetector();
        var verdicts = Enumerable.Range(0, 5).Select(i => detector.Add(Poll * i, 10.0)).ToArray();
        Assert.Equal([false, false, false, false, true], verdicts);
    }

    [Fact]
    public void Three_percent_of_a_core_is_busy_and_one_percent_is_idle()
    {
        Assert.False(Feed(0.03));
        Assert.True(Feed(0.01));
    }

    [Fact]
    public void The_verdict_covers_the_last_second_only()
    {
        var detector = new IdleDetector();
        var cpu = 0.0;
        // Two busy seconds (one full core), then quiet: idle exactly when the window holds no busy poll.
        var verdicts = new List<bool>();
        for (var i = 0; i <= 16; i++)
        {
            cpu += i <= 8 ? 0.25 : 0;
            verdicts.Add(detector.Add(Poll * i, cpu));
        }

        Assert.Equal(12, verdicts.IndexOf(true));
    }

    private static bool Feed(double coreShare)
    {
        var detector = new IdleDetector();
        var idle = false;
        for (var i = 0; i <= 4; i++)
        {
            idle = detector.Add(Poll * i, coreShare * 0.25 * i);
        }

        return idle;
    }
}

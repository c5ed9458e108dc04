namespace CatoScim.Bench;

/// <summary>
/// Waits until the Host has finished the work a phase left behind: its outbox consumers process a phase's
/// writes after the last response, and that CPU belongs to the phase.
/// </summary>
internal static class HostIdleWaiter
{
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    /// <summary>True once the Host is idle; false if it was still busy at the cap or could no longer be read.</summary>
    public static async Task<bool> WaitAsync(HostProcessProbe host, TimeProvider time, CancellationToken ct)
    {
        var detector = new IdleDetector();
        var start = time.GetTimestamp();
        while (true)
        {
            if (host.CpuSeconds() is not { } cpu)
            {
                return false;
            }

            var elapsed = time.GetElapsedTime(start);
            if (detector.Add(elapsed, cpu))
            {
                return true;
            }

            if (elapsed >= Cap)
            {
                return false;
            }

            await Task.Delay(Poll, time, ct);
        }
    }
}

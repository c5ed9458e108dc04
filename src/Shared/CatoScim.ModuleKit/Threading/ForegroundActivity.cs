using System.Diagnostics;

namespace CatoScim.ModuleKit.Threading;

/// <summary>
/// When a client last started a request it waits on (an IdP's SCIM call), so background work that can wait (outbox
/// deliveries) can hold back while one is sending and leave the cores to its requests. Wall-clock ticks, not the
/// product's <see cref="TimeProvider"/>: this is an infrastructure cadence, like a dispatcher's coalescing pause.
/// </summary>
public sealed class ForegroundActivity
{
    private long _lastStarted;

    public void RequestStarted() => Volatile.Write(ref _lastStarted, Stopwatch.GetTimestamp());

    /// <summary>True when a request started within the last <paramref name="window"/>.</summary>
    public bool StartedWithin(TimeSpan window)
    {
        var last = Volatile.Read(ref _lastStarted);
        return last != 0 && Stopwatch.GetElapsedTime(last) < window;
    }

    /// <summary>Returns once no request has started for <paramref name="window"/>, or after <paramref name="atMost"/>.</summary>
    public async Task WaitForPauseAsync(TimeSpan window, TimeSpan atMost, CancellationToken ct)
    {
        var since = Stopwatch.GetTimestamp();
        while (StartedWithin(window) && Stopwatch.GetElapsedTime(since) < atMost)
        {
            await Task.Delay(window, ct);
        }
    }
}

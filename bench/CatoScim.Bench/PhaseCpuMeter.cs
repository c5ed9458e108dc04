using System.Diagnostics;

namespace CatoScim.Bench;

/// <summary>
/// Measures one phase at a time: the bench's own CPU while the phase sends requests, and the Host's from the
/// phase's start until the Host is idle again (so it includes the consumers' catch-up).
/// </summary>
internal sealed class PhaseCpuMeter(HostProcessProbe? host, TimeProvider time, TextWriter log)
{
    private bool _waitedBeforeFirst;
    private double _benchStart;
    private double? _hostStart;

    public async Task StartAsync(CancellationToken ct)
    {
        // Later phases start where the previous one's idle wait ended; the first one must not pay for setup or warm-up.
        if (host is not null && !_waitedBeforeFirst)
        {
            _waitedBeforeFirst = true;
            if (!await HostIdleWaiter.WaitAsync(host, time, ct))
            {
                log.WriteLine($"warning: host pid {host.Pid} was not idle within {HostIdleWaiter.Cap.TotalSeconds:F0} s before the first phase");
            }
        }

        _hostStart = host?.CpuSeconds();
        _benchStart = BenchCpuSeconds();
    }

    public async Task<PhaseCpu> StopAsync(string phase, long requests, CancellationToken ct)
    {
        var bench = BenchCpuSeconds() - _benchStart;
        if (host is null || _hostStart is not { } hostStart)
        {
            return new PhaseCpu(phase, requests, bench, null, null, null);
        }

        var idle = await HostIdleWaiter.WaitAsync(host, time, ct);
        var hostEnd = host.CpuSeconds();
        if (!idle)
        {
            log.WriteLine(hostEnd is null
                ? $"warning: host pid {host.Pid} is gone; phase {phase} has no host figures"
                : $"warning: host pid {host.Pid} still busy {HostIdleWaiter.Cap.TotalSeconds:F0} s after phase {phase}; the rest of its work is counted in the next phase");
        }

        return new PhaseCpu(phase, requests, bench, hostEnd - hostStart, host.RssMiB(), idle);
    }

    private static double BenchCpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }
}

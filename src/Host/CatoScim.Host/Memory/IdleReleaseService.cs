using System.Runtime;
using Microsoft.Extensions.Options;

namespace CatoScim.Host.Memory;

/// <summary>
/// Once the Host has gone quiet after work (`Memory:IdleReleaseSeconds` without allocating), gives memory back: one
/// compacting collection that decommits the GC's free regions, glibc's free pages (`Memory:IdleNativeTrim`; again every
/// 10 quiet seconds after, see <see cref="IdleRetrim"/>) and the clean file pages of code (`Memory:IdleFileRelease`:
/// at once, and again when the JIT has been quiet too, since its tier-up compiles read some of them back). An IdP syncs
/// in bursts, so a Host is idle most of its life; the collection of a live set of ~15 MiB takes milliseconds.
/// </summary>
internal sealed class IdleReleaseService(IOptions<MemoryOptions> options) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private const long BusyBytes = 64L * 1024 * 1024;
    private const long QuietBytesPerTick = 1024 * 1024;
    private const int RetrimQuietTicks = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.IdleReleaseSeconds <= 0)
        {
            return;
        }

        var idle = new IdleRelease(BusyBytes, settings.IdleReleaseSeconds, QuietBytesPerTick, GC.GetTotalAllocatedBytes());
        var files = new FileReleaseGate(settings.IdleReleaseSeconds, QuietBytesPerTick);
        var retrim = new IdleRetrim(RetrimQuietTicks, QuietBytesPerTick);
        // The machine's clock, not the product's TimeProvider: this paces the process, not the business. Tests move the
        // product's clock by days at once, and every one-second tick in between then ran this loop (60,000 trims).
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var allocated = GC.GetTotalAllocatedBytes();
                if (idle.Tick(allocated))
                {
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    if (settings.IdleNativeTrim)
                    {
                        NativeHeap.Trim();
                        retrim.Arm();
                    }

                    if (settings.IdleFileRelease)
                    {
                        // Waiting for the JIT alone left 191 MiB resident 10 s after a 100,000-user import in two runs
                        // of five; paging out now as well bounds that wait, and the gate's pass takes what came back.
                        FilePages.Release();
                        files.Arm();
                    }
                }

                if (retrim.Tick(allocated))
                {
                    NativeHeap.Trim();
                }

                if (files.Tick(allocated, JitInfo.GetCompiledMethodCount()))
                {
                    FilePages.Release();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Refusals;
using CatoScim.ModuleKit.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// Writes what the SCIM request path only counted in memory (refusals, request outcomes, token use) and judges the
/// directories' health, every <see cref="ScimHealthOptions.FlushInterval"/> of the <see cref="TimeProvider"/> and once
/// more at shutdown, on a background thread (see <see cref="BackgroundThread"/>). Each step fails on its own: what it
/// could not write is kept for the next flush.
/// </summary>
internal sealed class ScimFlushService(
    IServiceScopeFactory scopes, ScimRefusalPublisher refusals, ScimTrafficCounter traffic, IOptions<ScimHealthOptions> options, TimeProvider time,
    ILogger<ScimFlushService> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private long _lastFlushTicks;
    private int _stopped;
    private DateTime _lastPurge;

    /// <summary>The clock reading the last finished flush worked with, so a test can wait for the one its clock triggered.</summary>
    public DateTime LastFlushAt => new(Interlocked.Read(ref _lastFlushTicks), DateTimeKind.Utc);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BackgroundThread.RunAsync("scim flush", () => LoopAsync(stoppingToken));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // A host may be stopped twice (its owner, then its own run loop); the last counts are written once.
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await FlushAsync(final: true, cancellationToken);
        }
    }

    public async Task FlushAsync(bool final, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            await StepAsync("refused SCIM requests", final, ct, () => refusals.PublishAsync(db, now, final, ct));
            var deltas = traffic.Take();
            var written = false;
            try
            {
                written = deltas.Count == 0 || await StepAsync("SCIM request counts", final, ct, () => ScimHealthWriter.WriteAsync(db, deltas, now, ct));
            }
            finally
            {
                if (!written)
                {
                    traffic.Restore(deltas);
                }
            }

            await StepAsync("SCIM directory health", final, ct, () => ScimHealthJudge.JudgeAsync(db, [.. deltas.Select(d => d.DirectoryId)], now, options.Value, ct));
            if (now - _lastPurge >= ScimTrafficRetention.Every
                && await StepAsync("old SCIM traffic buckets", final, ct, () => ScimTrafficRetention.PurgeAsync(db, now, options.Value, ct)))
            {
                _lastPurge = now;
            }
        }
        catch (Exception ex) when (final || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "The SCIM flush could not start");
        }
        finally
        {
            Interlocked.Exchange(ref _lastFlushTicks, now.Ticks);
            _oneAtATime.Release();
        }
    }

    private async Task<bool> StepAsync(string what, bool final, CancellationToken ct, Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception ex) when (final || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not write {What}; {Next}", what, final ? "they are lost" : "retrying at the next flush");
            return false;
        }
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        // A tick that fires while a flush runs is kept by the timer, so a flush is never skipped, only delayed.
        using var timer = new PeriodicTimer(options.Value.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(final: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

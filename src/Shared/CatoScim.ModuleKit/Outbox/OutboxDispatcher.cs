using System.Collections.Concurrent;
using System.Text.Json;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Threading;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Delivers one module's outbox through Mediator after commit, in commit order, at least once. A failing message
/// blocks the ones behind it (order matters to consumers) until it succeeds or is dead-lettered after MaxAttempts.
/// Only a failure of the consumer's own logic counts as an attempt: a transient one (<see cref="TransientFailure"/>)
/// is retried with back-off for as long as it lasts, so a locked or unreachable database never dead-letters anything.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ForegroundActivity foreground,
    IEnumerable<ModuleDatabase> modules,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type> Types = new();
    private readonly OutboxOptions _options = options.Value;
    private readonly string _module = modules.FirstOrDefault(m => m.ContextType == typeof(TContext))?.Module ?? typeof(TContext).Name;
    private int _transientFailures;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.DispatcherEnabled
            ? BackgroundThread.RunAsync($"outbox {typeof(TContext).Name}", () => LoopAsync(stoppingToken))
            : Task.CompletedTask;

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox of {Context} could not be read; retrying", typeof(TContext).Name);
            }

            if (delivered < _options.BatchSize)
            {
                try
                {
                    // After a wake-up, a short pause lets a burst of commits go out as one batch.
                    if (await signal.WaitAsync(_options.PollInterval, stoppingToken))
                    {
                        await Task.Delay(_options.Coalesce, stoppingToken);
                        // Consumers pay per wake-up (a scope, inbox reads, a synced commit per consumer file, the
                        // delivery mark here): during an IdP's import, a wake-up every 20 ms meant runs of about 14
                        // messages. Held back while its requests keep arriving, they go out in full runs (ADR 0011).
                        await foreground.WaitForPauseAsync(_options.Coalesce, _options.DeferWhileBusy, stoppingToken);
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Returns how many messages were delivered or dead-lettered, so a full batch loops at once.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await db.Set<OutboxMessage>()
            .Where(m => m.DeliveredAt == null && m.DeadLetteredAt == null)
            .OrderBy(m => m.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(ct);

        var delivered = new List<long>();
        var done = 0;
        var singlyUntil = 0;
        for (var i = 0; i < batch.Count;)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (batch[i].NextAttemptAt > now)
            {
                break;
            }

            // Fresh messages go out together; a message that failed before, or a run that just failed, goes singly.
            if (i >= singlyUntil)
            {
                var run = batch.Skip(i).TakeWhile(m => m.Attempts == 0 && !(m.NextAttemptAt > now)).Take(_options.RunSize).ToList();
                if (run.Count > 1)
                {
                    if (await DeliverRunAsync(run, ct))
                    {
                        delivered.AddRange(run.Select(m => m.Sequence));
                        done += run.Count;
                        i += run.Count;
                        continue;
                    }

                    singlyUntil = i + run.Count;
                }
            }

            var message = batch[i];
            if (await DeliverAsync(message, ct) is not { } failure)
            {
                delivered.Add(message.Sequence);
                done++;
                i++;
                continue;
            }

            await MarkDeliveredAsync(db, delivered, now, ct);
            delivered.Clear();
            if (TransientFailure.IsTransient(failure))
            {
                RetryLater(message, now);
            }
            else
            {
                Fail(message, now);
            }

            await db.SaveChangesAsync(ct);
            if (message.DeadLetteredAt is null)
            {
                return done;
            }

            done++;
            i++;
        }

        await MarkDeliveredAsync(db, delivered, time.GetUtcNow().UtcDateTime, ct);
        return done;
    }

    /// <summary>One statement per batch: on SQLite every write transaction competes with the requests' own writes.</summary>
    private static async Task MarkDeliveredAsync(TContext db, List<long> sequences, DateTime now, CancellationToken ct)
    {
        if (sequences.Count > 0)
        {
            await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, now), ct);
        }
    }

    /// <summary>Null when delivered; otherwise the failure, recorded on the message.</summary>
    private async Task<Exception?> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await PublishAsync(scope.ServiceProvider, _module, message, ct);
            _transientFailures = 0;
            return null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            message.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", OutboxMessage.LastErrorMax);
            logger.LogWarning(ex, "Delivering outbox message {MessageId} ({Type}) failed, attempt {Attempt}",
                message.Id, message.Type, message.Attempts + 1);
            return ex;
        }
    }

    /// <summary>All of `run` in one scope and one transaction per consumer context, or nothing (see <see cref="DeliveryBatch"/>).</summary>
    private async Task<bool> DeliverRunAsync(List<OutboxMessage> run, CancellationToken ct)
    {
        using var activity = OutboxTracing.StartRun(_module, run.Count);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var batch = DeliveryBatch.Start(run.ConvertAll(m => m.Id));
            foreach (var message in run)
            {
                await PublishAsync(scope.ServiceProvider, _module, message, ct);
            }

            await batch.CommitAsync(ct);
            _transientFailures = 0;
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            OutboxTracing.Failed(activity, ex);
            logger.LogInformation(ex, "A run of {Count} outbox messages of {Context} failed; delivering them one at a time",
                run.Count, typeof(TContext).Name);
            return false;
        }
    }

    private static async Task PublishAsync(IServiceProvider services, string module, OutboxMessage message, CancellationToken ct)
    {
        using var activity = OutboxTracing.StartDelivery(module, message);
        try
        {
            var type = Types.GetOrAdd(message.Type, static name => Type.GetType(name, throwOnError: true)!);
            var notification = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)!;
            services.GetRequiredService<MessageContext>().Set(message.Id, message.OccurredAt);
            await services.GetRequiredService<IPublisher>().Publish(notification, ct);
        }
        catch (Exception ex)
        {
            OutboxTracing.Failed(activity, ex);
            throw;
        }
    }

    private void Fail(OutboxMessage message, DateTime now)
    {
        message.Attempts++;
        if (message.Attempts >= _options.MaxAttempts)
        {
            message.DeadLetteredAt = now;
            logger.LogError("Outbox message {MessageId} ({Type}) dead-lettered after {Attempts} attempts: {Error}",
                message.Id, message.Type, message.Attempts, message.LastError);
            return;
        }

        message.NextAttemptAt = now + Backoff(message.Attempts);
    }

    /// <summary>The attempt is not counted; the back-off grows with consecutive transient failures of this module.</summary>
    private void RetryLater(OutboxMessage message, DateTime now)
    {
        _transientFailures = Math.Min(_transientFailures + 1, 30);
        message.NextAttemptAt = now + Backoff(_transientFailures);
        logger.LogWarning("Outbox message {MessageId} ({Type}) hit a transient failure; retrying at {NextAttemptAt:o} without counting an attempt",
            message.Id, message.Type, message.NextAttemptAt);
    }

    private TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures), _options.MaxBackoff.TotalSeconds));

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

using System.Collections.Concurrent;
using System.Text.Json;
using CatoScim.ModuleKit.Inbox;
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
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal<TContext> signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type> Types = new();
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            return;
        }

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
        foreach (var message in batch)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if (message.NextAttemptAt > now)
            {
                break;
            }

            if (await DeliverAsync(message, ct))
            {
                delivered.Add(message.Sequence);
                done++;
                continue;
            }

            await MarkDeliveredAsync(db, delivered, now, ct);
            delivered.Clear();
            Fail(message, now);
            await db.SaveChangesAsync(ct);
            if (message.DeadLetteredAt is null)
            {
                return done;
            }

            done++;
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

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var type = Types.GetOrAdd(message.Type, static name =>
                Type.GetType(name, throwOnError: true)!);
            var notification = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)!;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageContext>().Set(message.Id, message.OccurredAt);
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification, ct);
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            message.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            logger.LogWarning(ex, "Delivering outbox message {MessageId} ({Type}) failed, attempt {Attempt}",
                message.Id, message.Type, message.Attempts + 1);
            return false;
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

        var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), _options.MaxBackoff.TotalSeconds));
        message.NextAttemptAt = now + backoff;
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

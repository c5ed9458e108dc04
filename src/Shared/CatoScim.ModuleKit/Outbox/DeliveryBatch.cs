using CatoScim.ModuleKit.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// A run of outbox messages delivered in one scope. Every consumer context that writes during the run joins one
/// transaction of its own, committed once at the end: a burst of IdP changes costs each consumer one commit, not one
/// per message. Any failure rolls the whole run back and the dispatcher redelivers its messages one at a time, so a
/// poison message is isolated and the inbox keeps every consumer idempotent.
/// </summary>
public sealed class DeliveryBatch : IAsyncDisposable
{
    private static readonly AsyncLocal<DeliveryBatch?> Ambient = new();
    private readonly List<(DbContext Context, IDbContextTransaction Transaction)> _transactions = [];
    private readonly HashSet<DbContext> _unsaved = [];
    private readonly List<Action> _afterCommit = [];

    private DeliveryBatch(IReadOnlyCollection<Guid> messageIds)
    {
        Inbox = new InboxRunCache(messageIds);
    }

    /// <summary>The run this async flow is delivering, if any; consumers outside a run see null.</summary>
    public static DeliveryBatch? Current => Ambient.Value;

    internal InboxRunCache Inbox { get; }

    /// <summary>Must be called from the delivering async method itself, so the ambient value ends with it.</summary>
    internal static DeliveryBatch Start(IReadOnlyCollection<Guid> messageIds)
    {
        var batch = new DeliveryBatch(messageIds);
        Ambient.Value = batch;
        return batch;
    }

    /// <summary>True when a run is active: `context` is then inside the run's transaction for that context.</summary>
    public static async Task<bool> EnlistAsync(DbContext context, CancellationToken ct)
    {
        if (Current is not { } batch)
        {
            return false;
        }

        if (context.Database.CurrentTransaction is null)
        {
            batch._transactions.Add((context, await context.Database.BeginTransactionAsync(ct)));
        }

        return true;
    }

    public static bool Enlist(DbContext context)
    {
        if (Current is not { } batch)
        {
            return false;
        }

        if (context.Database.CurrentTransaction is null)
        {
            batch._transactions.Add((context, context.Database.BeginTransaction()));
        }

        return true;
    }

    /// <summary>
    /// A consumer's final save: inside a run it is deferred to the end of the run, where all of a context's staged
    /// rows go out in one batched SaveChanges; outside a run it saves now. Only for writes nothing later in the same
    /// handler reads back from the database.
    /// </summary>
    public static async Task SaveChangesAsync(DbContext context, CancellationToken ct)
    {
        if (await EnlistAsync(context, ct))
        {
            Current!._unsaved.Add(context);
            return;
        }

        await context.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Runs `action` once the consumer's writes are committed, for work outside the database that must not see an
    /// uncommitted row (enqueueing a job that reads it). Inside a run that is after the run commits, and never if it
    /// rolls back (its messages are then redelivered one at a time); outside a run it is now, so call it after the
    /// consumer's own SaveChanges. It must not throw: the writes are committed by then.
    /// </summary>
    public static void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Current is { } batch)
        {
            batch._afterCommit.Add(action);
            return;
        }

        action();
    }

    /// <summary>
    /// Contexts that published notifications of their own commit last, so a downstream consumer woken by them already
    /// sees what the other consumers recorded for the same messages.
    /// </summary>
    internal async Task CommitAsync(CancellationToken ct)
    {
        foreach (var context in _unsaved)
        {
            await context.SaveChangesAsync(ct);
        }

        foreach (var (_, transaction) in _transactions.OrderBy(t => t.Context.ChangeTracker.Entries<OutboxMessage>().Any()))
        {
            await transaction.CommitAsync(ct);
        }

        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    /// <summary>Uncommitted transactions roll back here.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Ambient.Value == this)
        {
            Ambient.Value = null;
        }

        foreach (var (_, transaction) in _transactions)
        {
            await transaction.DisposeAsync();
        }

        _transactions.Clear();
        _unsaved.Clear();
        _afterCommit.Clear();
    }
}

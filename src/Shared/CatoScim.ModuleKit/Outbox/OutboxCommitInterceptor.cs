using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Signals the dispatcher after the commit, never before: inside an explicit transaction it waits for the commit.
/// Stateless (one instance serves every context); a signal with nothing pending costs the dispatcher one indexed query.
/// </summary>
public sealed class OutboxCommitInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Notify();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    private void AfterSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
    }
}

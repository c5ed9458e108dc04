using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>A consumer's SaveChanges during a <see cref="DeliveryBatch"/> joins the run's transaction instead of committing alone.</summary>
internal sealed class DeliveryBatchInterceptor : SaveChangesInterceptor
{
    public static readonly DeliveryBatchInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            DeliveryBatch.Enlist(context);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DeliveryBatch.EnlistAsync(context, cancellationToken);
        }

        return result;
    }
}

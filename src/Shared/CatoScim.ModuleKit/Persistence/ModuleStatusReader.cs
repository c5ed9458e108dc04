using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>Reads every module's migrations and outbox backlog through its own DbContext, without changing anything.</summary>
public sealed class ModuleStatusReader(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules)
{
    public async Task<IReadOnlyList<ModuleStatus>> ReadAsync(CancellationToken ct)
    {
        var statuses = new List<ModuleStatus>();
        foreach (var module in modules)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            int? outboxPending = null, deadLettered = null;
            if (applied.Count > 0)
            {
                var outbox = db.Set<OutboxMessage>();
                outboxPending = await outbox.CountAsync(m => m.DeliveredAt == null && m.DeadLetteredAt == null, ct);
                deadLettered = await outbox.CountAsync(m => m.DeadLetteredAt != null, ct);
            }

            statuses.Add(new ModuleStatus(module.Module, applied, pending, outboxPending, deadLettered));
        }

        return statuses;
    }
}

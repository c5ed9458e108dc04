using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Every module's outbox backlog in one query per module, for the metrics collector. Synchronous because observable
/// instruments report from a synchronous callback; it runs only when a collection asks, never on a request.
/// </summary>
public sealed class OutboxBacklogReader(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules, ILogger<OutboxBacklogReader> logger)
{
    public IReadOnlyList<OutboxBacklog> Read()
    {
        var backlogs = new List<OutboxBacklog>();
        foreach (var module in modules)
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
                // Undelivered rows are few and found through the (DeliveredAt, Sequence) index.
                var row = db.Set<OutboxMessage>().AsNoTracking()
                    .Where(m => m.DeliveredAt == null)
                    .GroupBy(m => 1)
                    .Select(g => new
                    {
                        Pending = g.Count(m => m.DeadLetteredAt == null),
                        DeadLettered = g.Count(m => m.DeadLetteredAt != null),
                        Oldest = g.Where(m => m.DeadLetteredAt == null).Min(m => (DateTime?)m.OccurredAt),
                    })
                    .FirstOrDefault();
                backlogs.Add(new OutboxBacklog(module.Module, row?.Pending ?? 0, row?.DeadLettered ?? 0, row?.Oldest));
            }
            catch (Exception ex)
            {
                // A database that is down or not migrated yet: that module reports nothing this time (health says why).
                logger.LogDebug(ex, "Outbox backlog of {Module} could not be read", module.Module);
            }
        }

        return backlogs;
    }
}

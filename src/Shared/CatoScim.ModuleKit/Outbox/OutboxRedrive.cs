using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// An operator's re-drive: dead-lettered rows of one module go back to pending with their attempts reset, keeping their
/// place in commit order. Consumers record every message in their inbox, so a message some consumer had already
/// applied is a no-op there and the others apply it once.
/// </summary>
public sealed class OutboxRedrive(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules, ILogger<OutboxRedrive> logger)
{
    public IReadOnlyList<string> Modules => [.. modules.Select(m => m.Module)];

    /// <summary>The ids re-driven: every dead letter of `module`, or only `messageId` if it is one.</summary>
    public async Task<IReadOnlyList<Guid>> RedriveAsync(string module, Guid? messageId, CancellationToken ct)
    {
        var database = modules.SingleOrDefault(m => string.Equals(m.Module, module, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"No module '{module}'; use one of {string.Join(", ", Modules)}.", nameof(module));
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var dead = db.Set<OutboxMessage>().Where(m => m.DeadLetteredAt != null && m.DeliveredAt == null);
        if (messageId is { } id)
        {
            dead = dead.Where(m => m.Id == id);
        }

        // Pending and dead-lettered rows are the (DeliveredAt, Sequence) index's NULL range: few, whatever the table's size.
        var rows = await dead.Select(m => new { m.Sequence, m.Id }).ToListAsync(ct);
        var sequences = rows.ConvertAll(r => r.Sequence);
        var ids = rows.ConvertAll(r => r.Id);
        await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence)).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DeadLetteredAt, (DateTime?)null)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, (DateTime?)null), ct);
        await transaction.CommitAsync(ct);
        logger.LogWarning("Re-drove {Count} dead-lettered outbox messages of module {Module}", ids.Count, database.Module);
        return ids;
    }
}

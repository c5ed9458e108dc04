using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>Lists every module's dead letters, newest first, for the ops view; changes nothing.</summary>
public sealed class OutboxDeadLetterReader(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules)
{
    public async Task<IReadOnlyList<OutboxDeadLetter>> ReadAsync(int perModule, CancellationToken ct)
    {
        var letters = new List<OutboxDeadLetter>();
        foreach (var module in modules)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var rows = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.DeadLetteredAt != null && m.DeliveredAt == null)
                .OrderByDescending(m => m.Sequence)
                .Take(perModule)
                .Select(m => new { m.Id, m.Type, m.OccurredAt, m.DeadLetteredAt, m.Attempts, m.LastError })
                .ToListAsync(ct);
            letters.AddRange(rows.Select(r =>
                new OutboxDeadLetter(module.Module, r.Id, OutboxMessage.ShortTypeName(r.Type), r.OccurredAt, r.DeadLetteredAt!.Value, r.Attempts, r.LastError)));
        }

        return letters;
    }
}

using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Hangfire recurring job (public: Hangfire invokes it by reflection). Deletes delivered outbox rows and inbox
/// records past the retention; undelivered and dead-lettered rows are kept for ops to inspect.
/// </summary>
public sealed class OutboxPurgeJob(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxPurgeJob> logger)
{
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        foreach (var database in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var outbox = await db.Set<OutboxMessage>()
                .Where(m => m.DeliveredAt != null && m.DeliveredAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
            var inbox = db.Model.FindEntityType(typeof(ProcessedMessage)) is null ? 0
                : await db.Set<ProcessedMessage>().Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
            logger.LogInformation("Purged {Outbox} delivered outbox rows and {Inbox} inbox rows of module {Module} older than {Cutoff:o}",
                outbox, inbox, database.Module, cutoff);
        }
    }
}

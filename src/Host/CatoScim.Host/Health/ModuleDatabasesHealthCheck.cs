using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CatoScim.Host.Health;

/// <summary>
/// Ready means every module's database answers and has no migration left to apply. Dead-lettered outbox rows make it
/// Degraded (still serving, still 200) so monitoring sees messages an operator must re-drive.
/// </summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var deadLetters = new List<string>();
        foreach (var module in modules)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                {
                    problems.Add($"{module.Module}: database unreachable");
                }
                else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    problems.Add($"{module.Module}: migrations pending");
                }
                else if (await db.Set<OutboxMessage>().CountAsync(m => m.DeadLetteredAt != null, cancellationToken) is > 0 and var dead)
                {
                    deadLetters.Add($"{module.Module}: {dead} dead-lettered outbox messages (re-drive with 'outbox redrive --module {module.Module}')");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"{module.Module}: {ex.GetType().Name}");
            }
        }

        return problems.Count > 0 ? HealthCheckResult.Unhealthy(string.Join("; ", problems))
            : deadLetters.Count > 0 ? HealthCheckResult.Degraded(string.Join("; ", deadLetters))
            : HealthCheckResult.Healthy("All module databases migrated.");
    }
}

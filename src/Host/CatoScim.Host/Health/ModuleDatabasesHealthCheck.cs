using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CatoScim.Host.Health;

/// <summary>Ready means every module's database answers and has no migration left to apply.</summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
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
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"{module.Module}: {ex.GetType().Name}");
            }
        }

        return problems.Count == 0 ? HealthCheckResult.Healthy("All module databases migrated.")
            : HealthCheckResult.Unhealthy(string.Join("; ", problems));
    }
}

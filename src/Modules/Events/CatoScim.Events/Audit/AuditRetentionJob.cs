using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Audit;

/// <summary>Hangfire recurring job "audit-retention" (public: Hangfire invokes it by reflection).</summary>
public sealed class AuditRetentionJob(IServiceProvider services)
{
    public const string Id = "audit-retention";

    public Task PurgeAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<AuditRetention>().PurgeAsync(cancellationToken);
}

using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Provisioning;

/// <summary>Hangfire recurring job "events-retention" (public: Hangfire invokes it by reflection).</summary>
public sealed class ProvisioningEventsRetentionJob(IServiceProvider services)
{
    public const string Id = "events-retention";

    public Task PurgeAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<ProvisioningEventsRetention>().PurgeAsync(cancellationToken);
}

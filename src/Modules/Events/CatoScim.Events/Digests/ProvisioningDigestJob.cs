using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Digests;

/// <summary>
/// Hangfire recurring job "provisioning-digest" (public: Hangfire invokes it by reflection). A run that could not
/// send a digest throws, so Hangfire retries it with back-off; the window claims keep every retry from resending.
/// </summary>
public sealed class ProvisioningDigestJob(IServiceProvider services)
{
    public const string Id = "provisioning-digest";

    [AutomaticRetry(Attempts = 5)]
    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<DigestRunner>().RunAsync(cancellationToken);
}

using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Hangfire recurring job "alerts-scan" (public: Hangfire invokes it by reflection): token expiry warnings, and a new
/// job for any alert that lost its own.
/// </summary>
public sealed class AlertScanJob(IServiceProvider services)
{
    public const string Id = "alerts-scan";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<TokenExpiryScanner>().ScanAsync(cancellationToken);
        await services.GetRequiredService<AlertSweep>().RequeueAsync(cancellationToken);
    }
}

using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Alerts;

/// <summary>
/// Hangfire job that sends one alert (public: Hangfire invokes it by reflection). A failed send throws, so Hangfire
/// retries it with back-off; the claim on the record keeps a retry, or a second job for the same alert, from resending.
/// </summary>
public sealed class AlertSendJob(IServiceProvider services)
{
    /// <param name="kind">Only for the dashboard's job name; the record says what to send.</param>
    [AutomaticRetry(Attempts = 5)]
    [JobDisplayName("Alert {1} ({0})")]
    public Task SendAsync(Guid alertId, string kind, CancellationToken cancellationToken) =>
        services.GetRequiredService<AlertSender>().SendAsync(alertId, cancellationToken);
}

using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertStatusGraphType : EnumerationGraphType<AlertStatus>
{
    public AlertStatusGraphType()
    {
        Name = "AlertStatus";
        Description = "QUEUED: its job has not run yet; SENDING; SENT; FAILED: Hangfire retries it; SKIPPED: the kind is off or there are no recipients.";
    }
}

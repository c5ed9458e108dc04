using System.Diagnostics.Metrics;

namespace CatoScim.Events.Alerts;

/// <summary>Alert emails sent, by kind; tags never carry tenant ids, so the series stay few.</summary>
internal sealed class AlertMetrics
{
    public const string MeterName = "CatoScim.Events";
    public const string SentInstrument = "catoscim.alerts.sent";

    private readonly Counter<long> _sent;

    public AlertMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _sent = meters.Create(MeterName).CreateCounter<long>(SentInstrument, "{email}", "Alert emails sent, by kind.");
    }

    public void Sent(AlertKind kind) => _sent.Add(1, new KeyValuePair<string, object?>("kind", AlertKindNames.Of(kind)));
}

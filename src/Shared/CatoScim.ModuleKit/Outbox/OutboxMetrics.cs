using System.Diagnostics.Metrics;
using CatoScim.ModuleKit.Telemetry;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Outbox backlog per module as observable gauges, read only when a metrics collection asks (one query per module
/// per collection, shared by the three gauges). Without a metrics listener the callbacks never run.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "CatoScim.Outbox";

    public OutboxMetrics(IMeterFactory meters, OutboxBacklogReader reader, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(reader);
        var meter = meters.Create(MeterName);
        var snapshot = new CollectionSnapshot<IReadOnlyList<OutboxBacklog>>(reader.Read, 3);
        meter.CreateObservableGauge("catoscim.outbox.pending",
            () => snapshot.Get(0).Select(b => Measure(b.Pending, b)), "{message}", "Notifications waiting for delivery (not dead-lettered).");
        meter.CreateObservableGauge("catoscim.outbox.lag",
            () => snapshot.Get(1).Select(b => Measure(Lag(b, time), b)), "s", "Age of the oldest notification waiting for delivery; 0 when none waits.");
        meter.CreateObservableGauge("catoscim.outbox.dead_lettered",
            () => snapshot.Get(2).Select(b => Measure(b.DeadLettered, b)), "{message}", "Dead-lettered notifications until re-driven.");
    }

    private static double Lag(OutboxBacklog backlog, TimeProvider time) =>
        backlog.OldestPendingAt is { } oldest ? Math.Max(0, (time.GetUtcNow().UtcDateTime - oldest).TotalSeconds) : 0;

    private static Measurement<T> Measure<T>(T value, OutboxBacklog backlog)
        where T : struct => new(value, new KeyValuePair<string, object?>("module", backlog.Module));
}

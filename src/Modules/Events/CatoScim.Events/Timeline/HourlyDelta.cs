using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Timeline;

/// <summary>A change to one hourly counter: +1 for an inserted event, -1 for a deleted one, summed per key.</summary>
internal readonly record struct HourlyDelta(Guid AccountId, DateTime HourStart, Guid DirectoryId, ProvisioningAction Action, string Operation, int Delta)
{
    public static HourlyDelta Of(ProvisioningEvent e, int delta) =>
        new(e.AccountId, HourOf(e.Time), e.DirectoryId ?? EventHourlyCount.NoDirectory, e.Action, e.Operation, delta);

    public static DateTime HourOf(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
    }

    public static bool IsWholeHour(DateTime time) => time.Ticks % TimeSpan.TicksPerHour == 0;

    /// <summary>One delta per key, zero sums dropped.</summary>
    public static List<HourlyDelta> Combine(IEnumerable<HourlyDelta> deltas) =>
        [.. deltas.GroupBy(d => d with { Delta = 0 })
            .Select(g => g.Key with { Delta = g.Sum(d => d.Delta) })
            .Where(d => d.Delta != 0)];
}

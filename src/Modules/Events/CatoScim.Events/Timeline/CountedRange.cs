namespace CatoScim.Events.Timeline;

/// <summary>
/// A time range split for counting: the whole hours inside it are read from the hourly counters
/// (`[WholeFrom, WholeTo)`, either end open), the at most two partial hours at its edges from the event rows.
/// </summary>
internal sealed record CountedRange(bool HasWholeHours, DateTime? WholeFrom, DateTime? WholeTo, IReadOnlyList<(DateTime From, DateTime To)> Partial)
{
    /// <param name="from">Inclusive, UTC; null for no lower bound.</param>
    /// <param name="to">Exclusive, UTC; null for no upper bound.</param>
    public static CountedRange Split(DateTime? from, DateTime? to)
    {
        if (from is { } f0 && to is { } t0 && f0 >= t0)
        {
            return new CountedRange(false, null, null, []);
        }

        DateTime? wholeFrom = from is { } f ? Ceiling(f) : null;
        DateTime? wholeTo = to is { } t ? HourlyDelta.HourOf(t) : null;
        if (wholeFrom is { } wf && wholeTo is { } wt && wf >= wt)
        {
            // Both ends fall in one hour (or in two adjacent ones with no whole hour between): rows only.
            return new CountedRange(false, null, null, [(from!.Value, to!.Value)]);
        }

        var partial = new List<(DateTime, DateTime)>(2);
        if (from is { } start && wholeFrom is { } first && start < first)
        {
            partial.Add((start, first));
        }

        if (to is { } end && wholeTo is { } last && last < end)
        {
            partial.Add((last, end));
        }

        return new CountedRange(true, wholeFrom, wholeTo, partial);
    }

    private static DateTime Ceiling(DateTime time)
    {
        var hour = HourlyDelta.HourOf(time);
        return hour == time ? hour : hour.AddHours(1);
    }
}

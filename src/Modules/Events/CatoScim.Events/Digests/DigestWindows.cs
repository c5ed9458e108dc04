namespace CatoScim.Events.Digests;

/// <summary>Windows are [start, start + interval) with starts at multiples of the interval since 0001-01-01 UTC.</summary>
internal static class DigestWindows
{
    public static DateTime Floor(DateTime time, TimeSpan interval) =>
        new(time.Ticks - (time.Ticks % interval.Ticks), DateTimeKind.Utc);

    /// <summary>The end of the newest window that is closed (and past its grace period) at <paramref name="now"/>.</summary>
    public static DateTime ClosedUntil(DateTime now, TimeSpan interval, TimeSpan grace) => Floor(now - grace, interval);

    /// <summary>Runs the job just after each window closes plus the grace period.</summary>
    public static string Cron(int intervalMinutes, int graceMinutes)
    {
        var offset = Math.Clamp(graceMinutes, 0, 59);
        if (intervalMinutes < 60 && 60 % intervalMinutes == 0)
        {
            return $"{offset % intervalMinutes}-59/{intervalMinutes} * * * *";
        }

        if (intervalMinutes == 60)
        {
            return $"{offset} * * * *";
        }

        if (intervalMinutes % 60 == 0 && intervalMinutes <= 1440)
        {
            return $"{offset} */{intervalMinutes / 60} * * *";
        }

        // An interval that does not divide the hour or day: run every minute and let the window arithmetic decide.
        return "* * * * *";
    }
}

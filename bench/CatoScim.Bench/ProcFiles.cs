using System.Globalization;

namespace CatoScim.Bench;

/// <summary>Reads the two fields the bench needs out of /proc/PID/stat and /proc/PID/status (proc(5)).</summary>
internal static class ProcFiles
{
    // proc(5) numbers the stat fields from 1; the first field after the name's ')' is field 3.
    private const int UtimeIndex = 14 - 3;
    private const int StimeIndex = 15 - 3;
    private const string VmRssKey = "VmRSS:";

    /// <summary>utime + stime (fields 14 and 15 of /proc/PID/stat) in clock ticks, summed over all threads; null if unreadable.</summary>
    public static long? CpuTicks(string stat)
    {
        // Field 2 is the executable name in parentheses and may itself hold spaces and ')', so the fields are
        // counted from the last ')'.
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > StimeIndex && Natural(fields[UtimeIndex]) is { } utime && Natural(fields[StimeIndex]) is { } stime
            ? utime + stime
            : null;
    }

    /// <summary>The VmRSS line of /proc/PID/status in KiB; null when absent (kernel threads, zombies) or malformed.</summary>
    public static long? VmRssKiB(string status)
    {
        foreach (var line in status.Split('\n'))
        {
            if (!line.StartsWith(VmRssKey, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line[VmRssKey.Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 2 && parts[1] == "kB" ? Natural(parts[0]) : null;
        }

        return null;
    }

    private static long? Natural(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

using System.Globalization;

namespace CatoScim.Bench;

internal static class ResultsTable
{
    private static readonly string[] Headers =
    [
        "phase", "requests", "errors", "seconds", "req/s", "p50 ms", "p90 ms", "p95 ms", "p99 ms", "max ms",
        "host CPU s", "host CPU s/1k req", "host RSS MiB", "bench CPU s/1k req",
    ];

    public static void Print(IReadOnlyList<PhaseResult> results, TextWriter output)
    {
        var rows = results.Select(r => new[]
        {
            r.Name,
            Int(r.Requests),
            Int(r.Errors),
            Num(r.Seconds, "F2"),
            Num(r.Throughput, "F1"),
            Num(r.P50Ms, "F3"),
            Num(r.P90Ms, "F3"),
            Num(r.P95Ms, "F3"),
            Num(r.P99Ms, "F3"),
            Num(r.MaxMs, "F3"),
            Num(r.Cpu?.HostCpuSeconds, "F2"),
            Num(r.Cpu?.HostCpuSecondsPer1000, "F3"),
            Num(r.Cpu?.HostRssMiB, "F0"),
            Num(r.Cpu?.BenchCpuSecondsPer1000, "F3"),
        }).ToList();

        var widths = Headers.Select((h, c) => rows.Select(row => row[c].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(Headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    // Phase names left-aligned, numbers right-aligned so magnitudes line up.
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c])));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "-" where nothing was measured (no --host-pid, no /proc, a phase cut short): never a made-up zero.
    private static string Num(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";
}

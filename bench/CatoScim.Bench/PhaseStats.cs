using System.Diagnostics;

namespace CatoScim.Bench;

/// <summary>Latencies and errors of one report row; safe to record into from several workers.</summary>
internal sealed class PhaseStats(string name)
{
    private const int PrintedErrorLimit = 5;
    private const int SnippetLength = 300;

    private readonly Lock _gate = new();
    private readonly List<double> _latenciesMs = [];
    private long _firstStart = long.MaxValue;
    private long _lastEnd = long.MinValue;
    private int _errors;

    public string Name => name;

    /// <summary>Set once the phase that made this row has finished; null for a phase that was cut short.</summary>
    public PhaseCpu? Cpu { get; set; }

    /// <summary>Records one request; a non-null failure counts it as an error.</summary>
    public void Record(ScimResponse response, string? failure)
    {
        int errorNumber;
        lock (_gate)
        {
            _latenciesMs.Add(response.ElapsedMs);
            _firstStart = Math.Min(_firstStart, response.StartTimestamp);
            _lastEnd = Math.Max(_lastEnd, response.EndTimestamp);
            errorNumber = failure is null ? 0 : ++_errors;
        }

        if (failure is not null && errorNumber <= PrintedErrorLimit)
        {
            Console.Error.WriteLine($"[{name}] error #{errorNumber}: {failure}; HTTP {response.Status}: {Snippet(response.Body)}");
        }
    }

    /// <summary>Records a failed check that is not tied to a single request (e.g. ids missing after paging).</summary>
    public void RecordFailure(string failure)
    {
        int errorNumber;
        lock (_gate)
        {
            errorNumber = ++_errors;
        }

        if (errorNumber <= PrintedErrorLimit)
        {
            Console.Error.WriteLine($"[{name}] error #{errorNumber}: {failure}");
        }
    }

    public PhaseResult ToResult()
    {
        double[] sorted;
        int errors;
        double seconds;
        lock (_gate)
        {
            sorted = [.. _latenciesMs];
            errors = _errors;
            seconds = sorted.Length == 0 ? 0 : Stopwatch.GetElapsedTime(_firstStart, _lastEnd).TotalSeconds;
        }

        Array.Sort(sorted);
        return new PhaseResult(
            name,
            sorted.Length,
            errors,
            seconds,
            seconds > 0 ? sorted.Length / seconds : 0,
            Percentiles.NearestRank(sorted, 50),
            Percentiles.NearestRank(sorted, 90),
            Percentiles.NearestRank(sorted, 95),
            Percentiles.NearestRank(sorted, 99),
            sorted.Length == 0 ? 0 : sorted[^1],
            sorted.Length == 0 ? 0 : sorted.Average(),
            Cpu);
    }

    private static string Snippet(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(empty body)";
        }

        var flat = body.ReplaceLineEndings(" ");
        return flat.Length <= SnippetLength ? flat : flat[..SnippetLength] + "...";
    }
}

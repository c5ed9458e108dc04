namespace CatoScim.Bench;

/// <summary>One report row. Cpu belongs to the phase that made the row and is shared by all of that phase's rows.</summary>
internal sealed record PhaseResult(
    string Name,
    int Requests,
    int Errors,
    double Seconds,
    double Throughput,
    double P50Ms,
    double P90Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs,
    PhaseCpu? Cpu);

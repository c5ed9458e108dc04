namespace CatoScim.Bench;

internal sealed record PhaseResult(
    string Name,
    int Requests,
    int Errors,
    double Seconds,
    double Throughput,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs);

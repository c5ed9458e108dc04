namespace CatoScim.Bench;

/// <summary>
/// What one phase cost in CPU. Host figures are null without a readable --host-pid; HostIdle is false when the
/// Host was still busy at the wait's cap (the rest of its catch-up then falls into the next phase).
/// </summary>
internal sealed record PhaseCpu(
    string Phase,
    long Requests,
    double BenchCpuSeconds,
    double? HostCpuSeconds,
    double? HostRssMiB,
    bool? HostIdle)
{
    public double? HostCpuSecondsPer1000 => PerThousand(HostCpuSeconds);

    public double? BenchCpuSecondsPer1000 => PerThousand(BenchCpuSeconds);

    private double? PerThousand(double? seconds) => seconds is { } s && Requests > 0 ? s * 1000 / Requests : null;
}

namespace CatoScim.Bench;

/// <summary>Decides from a series of CPU readings whether a process has gone quiet.</summary>
internal sealed class IdleDetector
{
    public const double MaxCoreShare = 0.02;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly List<(TimeSpan At, double CpuSeconds)> _samples = [];

    /// <summary>Adds a reading; true once the process used under 2% of one core over at least the last second.</summary>
    public bool Add(TimeSpan at, double cpuSeconds)
    {
        _samples.Add((at, cpuSeconds));
        // The baseline is the newest reading at least a window old, so the verdict covers the last second only.
        while (_samples.Count > 1 && at - _samples[1].At >= Window)
        {
            _samples.RemoveAt(0);
        }

        var (baseAt, baseCpu) = _samples[0];
        var span = at - baseAt;
        return span >= Window && cpuSeconds - baseCpu < MaxCoreShare * span.TotalSeconds;
    }
}

namespace CatoScim.Bench;

internal static class Percentiles
{
    /// <summary>Nearest-rank percentile, so the value reported was actually observed.</summary>
    public static double NearestRank(double[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

using System.Diagnostics.Metrics;

namespace CatoScim.Events.Digests;

/// <summary>Digest outcomes as `catoscim.digests.sent` with `outcome` sent, failed (will be retried) or skipped (nothing to report or nobody to tell).</summary>
internal sealed class DigestMetrics
{
    public const string MeterName = "CatoScim.Events";

    private readonly Counter<long> _digests;

    public DigestMetrics(IMeterFactory meters)
    {
        _digests = meters.Create(MeterName).CreateCounter<long>("catoscim.digests.sent", "{digest}",
            "Hourly digests by outcome: sent, failed (the job retries) or skipped (no events or no recipients).");
    }

    /// <summary>Counts a digest that reached a final status for this attempt; a pending one is not an outcome.</summary>
    public void Count(DigestStatus status)
    {
        var outcome = status switch
        {
            DigestStatus.Sent => "sent",
            DigestStatus.Failed => "failed",
            DigestStatus.Skipped => "skipped",
            _ => null,
        };
        if (outcome is not null)
        {
            _digests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}

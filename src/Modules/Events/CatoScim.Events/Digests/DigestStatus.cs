namespace CatoScim.Events.Digests;

internal enum DigestStatus
{
    /// <summary>Claimed by a job run that is sending it now (or died doing so; see StaleClaimMinutes).</summary>
    Pending,
    Sent,
    Failed,

    /// <summary>Nothing to send (no activity, no recipients or digests off); kept so the next run knows where to resume.</summary>
    Skipped,
}

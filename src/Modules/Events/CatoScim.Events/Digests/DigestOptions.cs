namespace CatoScim.Events.Digests;

/// <summary>`Events:Digest`. Windows are aligned to multiples of the interval in UTC.</summary>
internal sealed class DigestOptions
{
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>
    /// A window counts as closed only this long after its end, so notifications still in the outbox at the
    /// boundary land in their window before it is digested; the recurring job runs at this minute offset.
    /// </summary>
    public int GraceMinutes { get; set; } = 2;

    /// <summary>A PENDING claim older than this is treated as abandoned (the host died mid-send) and may be retried.</summary>
    public int StaleClaimMinutes { get; set; } = 15;

    public int MaxAttempts { get; set; } = 10;

    /// <summary>At most one `sendTestDigestEmail` per account in this many seconds; it reaches real mailboxes.</summary>
    public int TestEmailIntervalSeconds { get; set; } = 60;
}

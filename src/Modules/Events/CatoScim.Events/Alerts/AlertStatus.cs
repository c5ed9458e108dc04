namespace CatoScim.Events.Alerts;

internal enum AlertStatus
{
    /// <summary>Recorded; its Hangfire job has not claimed it yet.</summary>
    Queued,

    /// <summary>Claimed by a job that is sending it now (or died doing so; see `Events:Alerts:StaleClaimMinutes`).</summary>
    Sending,
    Sent,

    /// <summary>The last attempt failed; Hangfire retries the job.</summary>
    Failed,

    /// <summary>Not sent, and never will be: the kind is off or the account has no recipients (see SkipReason).</summary>
    Skipped,
}

namespace CatoScim.Events.Alerts;

/// <summary>`Events:Alerts`.</summary>
internal sealed class AlertOptions
{
    /// <summary>
    /// A SENDING claim older than this is treated as abandoned (the host died mid-send), and a QUEUED alert older than
    /// this as one whose job was never enqueued (the host died between commit and enqueue): the scan enqueues both again.
    /// </summary>
    public int StaleClaimMinutes { get; set; } = 15;
}

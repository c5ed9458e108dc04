namespace CatoScim.Events.Alerts;

/// <summary>
/// One alert of one account. The unique <see cref="Key"/> names its episode (a failing spell of a directory, a day of
/// a token, a pool outage), so a redelivered notification or a rerun of the scan can never record it twice.
/// </summary>
internal sealed class AlertRecord
{
    public const int KeyMax = 200;
    public const int SubjectMax = 300;
    public const int BodyMax = 4000;
    public const int ErrorMax = 1000;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public AlertKind Kind { get; init; }
    public string Key { get; init; } = "";
    public Guid? DirectoryId { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";

    /// <summary>The HTML part, saying what <see cref="Body"/> says; null for alerts recorded before emails had one.</summary>
    public string? Html { get; init; }

    /// <summary>When the condition occurred (the notification's time, or the scan's).</summary>
    public DateTime RaisedAt { get; init; }

    /// <summary>When the alert was recorded; a QUEUED alert much older than this lost its job and the scan re-enqueues it.</summary>
    public DateTime QueuedAt { get; init; }
    public List<string> Recipients { get; set; } = [];
    public AlertStatus Status { get; set; }
    public string? Error { get; set; }
    public string? SkipReason { get; set; }
    public int Attempts { get; set; }
    public DateTime? ClaimedAt { get; set; }
    public DateTime? SentAt { get; set; }
}

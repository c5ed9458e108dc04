namespace CatoScim.Events.Digests;

/// <summary>One claimed digest window of one account; the unique (AccountId, WindowStart) makes sending at most once.</summary>
internal sealed class DigestRecord
{
    /// <summary>Width of <see cref="Error"/>, shared by the model and the sender that clips the mail error to fit.</summary>
    public const int ErrorMax = 1000;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public DateTime WindowStart { get; init; }
    public DateTime WindowEnd { get; init; }
    public List<string> Recipients { get; set; } = [];
    public int Succeeded { get; set; }
    public int Failed { get; set; }
    public DigestStatus Status { get; set; }
    public string? Error { get; set; }
    public int Attempts { get; set; }
    public DateTime ClaimedAt { get; set; }
    public DateTime? SentAt { get; set; }
}

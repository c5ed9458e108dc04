namespace CatoScim.Events.Digests;

/// <summary>One claimed digest window of one account; the unique (AccountId, WindowStart) makes sending at most once.</summary>
internal sealed class DigestRecord
{
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

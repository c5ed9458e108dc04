namespace CatoScim.Events.Audit;

/// <summary>All criteria are optional and combine with AND; `from` is inclusive, `to` exclusive.</summary>
internal sealed class AuditFeedFilter
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public List<string>? Actions { get; set; }
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }
    public string? Actor { get; set; }
}

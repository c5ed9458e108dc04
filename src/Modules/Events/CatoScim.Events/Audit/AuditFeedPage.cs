namespace CatoScim.Events.Audit;

/// <summary>`Marker` resumes after the last item (also to poll for newer records sorted ASC).</summary>
internal sealed record AuditFeedPage(IReadOnlyList<AuditRecord> Items, string? Marker, bool HasMore)
{
    public int FetchedCount => Items.Count;
}

using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

/// <summary>`Marker` resumes after the last item (also to poll for newer events sorted ASC).</summary>
internal sealed record FeedPage(IReadOnlyList<ProvisioningEvent> Items, string? Marker, bool HasMore)
{
    public int FetchedCount => Items.Count;
}

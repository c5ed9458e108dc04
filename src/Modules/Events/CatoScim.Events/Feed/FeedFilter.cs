using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

/// <summary>All criteria are optional and combine with AND, the values of one list with OR; `from` is inclusive, `to` exclusive.</summary>
internal sealed class FeedFilter
{
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public List<ProvisioningAction>? Actions { get; set; }
    public List<string>? Operations { get; set; }
    public List<string>? ResourceTypes { get; set; }
    public List<string>? Sources { get; set; }
    public string? DirectoryId { get; set; }
    public string? ResourceId { get; set; }
    public string? Search { get; set; }
}

using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Audit;

internal sealed class AuditFeedInput
{
    public const int MaxLimit = 1000;

    public int Limit { get; set; } = 100;
    public string? Marker { get; set; }
    public AuditFeedFilter? Filter { get; set; }
    public FeedSort? Sort { get; set; }
}

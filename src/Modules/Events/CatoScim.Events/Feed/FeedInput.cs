using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Feed;

internal sealed class FeedInput
{
    public const int MaxLimit = 1000;

    public int Limit { get; set; } = 100;
    public string? Marker { get; set; }
    public FeedFilter? Filter { get; set; }
    public FeedSort? Sort { get; set; }
}

namespace CatoScim.ModuleKit.GraphQL;

/// <summary>How a marker-paged feed is ordered: by time, then id; newest first unless asked otherwise.</summary>
public sealed class FeedSort
{
    public SortDirection Direction { get; set; } = SortDirection.Desc;

    public static bool NewestFirst(FeedSort? sort) => (sort?.Direction ?? SortDirection.Desc) == SortDirection.Desc;
}

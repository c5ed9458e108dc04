namespace CatoScim.Events.Timeline;

internal sealed class EventTimelineInput
{
    /// <summary>31 days of hours: a month's chart, and the most buckets one answer carries.</summary>
    public const int MaxHours = 744;

    public DateTime From { get; set; }
    public DateTime To { get; set; }
    public string? DirectoryId { get; set; }
}

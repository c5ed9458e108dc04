namespace CatoScim.Events.Timeline;

internal sealed record EventTimeline(IReadOnlyList<EventTimelineBucket> Buckets);

using CatoScim.Events.Feed;

namespace CatoScim.Events.Timeline;

internal sealed record EventTimelineBucket(DateTime Start, IReadOnlyList<ActionCount> ByAction);

using GraphQL.Types;

namespace CatoScim.Events.Timeline;

internal sealed class EventTimelineGraphType : ObjectGraphType<EventTimeline>
{
    public EventTimelineGraphType()
    {
        Name = "EventTimeline";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EventTimelineBucketGraphType>>>>("buckets")
            .Description("Every hour of the range, oldest first; an hour without events has an empty `byAction`.")
            .Resolve(ctx => ctx.Source.Buckets);
    }
}

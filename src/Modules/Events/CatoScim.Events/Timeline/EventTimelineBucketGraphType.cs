using CatoScim.Events.Feed;
using GraphQL.Types;

namespace CatoScim.Events.Timeline;

internal sealed class EventTimelineBucketGraphType : ObjectGraphType<EventTimelineBucket>
{
    public EventTimelineBucketGraphType()
    {
        Name = "EventTimelineBucket";
        Field(b => b.Start).Description("The hour's start (UTC); the bucket holds the events of [start, start + 1 hour).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionCountGraphType>>>>("byAction").Resolve(ctx => ctx.Source.ByAction);
    }
}

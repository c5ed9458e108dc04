using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class EventSummaryGraphType : ObjectGraphType<EventSummary>
{
    public EventSummaryGraphType()
    {
        Name = "EventSummary";
        Field(s => s.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionCountGraphType>>>>("byAction").Resolve(ctx => ctx.Source.ByAction);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperationCountGraphType>>>>("byOperation").Resolve(ctx => ctx.Source.ByOperation);
    }
}

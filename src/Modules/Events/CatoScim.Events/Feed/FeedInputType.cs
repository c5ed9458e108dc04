using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class FeedInputType : InputObjectGraphType<FeedInput>
{
    public FeedInputType()
    {
        Name = "EventFeedInput";
        Field(i => i.Limit, nullable: true).DefaultValue(100).Description($"Page size, 1 to {FeedInput.MaxLimit}.");
        Field(i => i.Marker, nullable: true).Description("The `marker` of the previous page; omit for the first page.");
        Field<FeedFilterInputType>("filter");
        Field<FeedSortInputType>("sort");
    }
}

using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class FeedPageGraphType : ObjectGraphType<FeedPage>
{
    public FeedPageGraphType()
    {
        Name = "EventFeedPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisioningEventGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field(p => p.Marker, nullable: true).Description("Opaque; pass it back to get the next page.");
        Field(p => p.HasMore);
        Field(p => p.FetchedCount);
    }
}

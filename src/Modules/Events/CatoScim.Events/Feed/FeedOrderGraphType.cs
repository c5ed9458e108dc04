using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class FeedOrderGraphType : EnumerationGraphType<FeedOrder>
{
    public FeedOrderGraphType() => Name = "EventFeedOrder";
}

using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class FeedFilterInputType : InputObjectGraphType<FeedFilter>
{
    public FeedFilterInputType()
    {
        Name = "EventFeedFilterInput";
        Field(f => f.From, nullable: true).Description("Inclusive.");
        Field(f => f.To, nullable: true).Description("Exclusive.");
        Field<ListGraphType<NonNullGraphType<ProvisioningActionGraphType>>>("actions").Description("Any of these.");
        Field<ListGraphType<NonNullGraphType<EventOperationGraphType>>>("operations").Description("Any of these.");
        Field<ListGraphType<NonNullGraphType<EventResourceTypeGraphType>>>("resourceTypes").Description("Any of these.");
        Field<ListGraphType<NonNullGraphType<EventSourceGraphType>>>("sources").Description("Any of these.");
        Field<IdGraphType>("directoryId");
        Field<IdGraphType>("resourceId");
        Field(f => f.Search, nullable: true).Description("Substring of the display name, externalId or message.");
    }
}

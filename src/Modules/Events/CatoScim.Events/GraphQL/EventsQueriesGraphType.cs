using CatoScim.Events.Alerts;
using CatoScim.Events.Digests;
using CatoScim.Events.Feed;
using CatoScim.Events.Timeline;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.GraphQL;

/// <summary>`events(accountId:)`: provisioning history, its summary and hourly timeline, the digest emails and the alerts.</summary>
internal sealed class EventsQueriesGraphType : ObjectGraphType<AccountScope>
{
    public EventsQueriesGraphType()
    {
        Name = "EventsQueries";
        FeedQueries.Add(this);
        TimelineQueries.Add(this);
        DigestQueries.Add(this);
        AlertQueries.Add(this);
    }
}

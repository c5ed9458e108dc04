using CatoScim.Events.Feed;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.GraphQL;

/// <summary>`events(accountId:)`: provisioning history, its summary and the digest emails.</summary>
internal sealed class EventsQueriesGraphType : ObjectGraphType<AccountScope>
{
    public EventsQueriesGraphType()
    {
        Name = "EventsQueries";
        Field<NonNullGraphType<FeedPageGraphType>>("feed")
            .Description("Provisioning events, NEWEST_FIRST by default; page with `marker`.")
            .Argument<FeedInputType>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<FeedQuery>()
                .PageAsync(ctx.Source.AccountId, ctx.GetArgument<FeedInput?>("input") ?? new FeedInput(), ctx.CancellationToken));
        Field<NonNullGraphType<EventSummaryGraphType>>("summary")
            .Argument<TimeFrameInputType>("timeFrame")
            .ResolveAsync(async ctx =>
            {
                var frame = ctx.GetArgument<TimeFrame?>("timeFrame") ?? new TimeFrame();
                return await ctx.RequestServices!.GetRequiredService<FeedQuery>()
                    .SummaryAsync(ctx.Source.AccountId, frame.From, frame.To, ctx.CancellationToken);
            });
        DigestQueries.Add(this);
    }
}

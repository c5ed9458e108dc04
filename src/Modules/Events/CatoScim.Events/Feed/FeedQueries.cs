using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Feed;

/// <summary>Provisioning history fields of `EventsQueries`.</summary>
internal static class FeedQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<FeedPageGraphType>>("feed")
            .Description("Provisioning events, newest first unless `sort: {direction: ASC}`; page with `marker`.")
            .Argument<FeedInputType>("input")
            .ResolveAsync(async ctx => (object?)await Feed(ctx)
                .PageAsync(ctx.Source.AccountId, ctx.GetArgument<FeedInput?>("input") ?? new FeedInput(), ctx.CancellationToken));
        queries.Field<NonNullGraphType<EventSummaryGraphType>>("summary")
            .Argument<TimeFrameInputType>("timeFrame")
            .ResolveAsync(async ctx =>
            {
                var frame = ctx.GetArgument<TimeFrame?>("timeFrame") ?? new TimeFrame();
                return await Feed(ctx).SummaryAsync(ctx.Source.AccountId, frame.From, frame.To, ctx.CancellationToken);
            });
    }

    private static FeedQuery Feed(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<FeedQuery>();
}

using CatoScim.Events.Feed;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Timeline;

/// <summary>The counted fields of `EventsQueries`: `summary` and `timeline`.</summary>
internal static class TimelineQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<EventSummaryGraphType>>("summary")
            .Argument<TimeFrameInputType>("timeFrame")
            .ResolveAsync(async ctx =>
            {
                var frame = ctx.GetArgument<TimeFrame?>("timeFrame") ?? new TimeFrame();
                return await ctx.RequestServices!.GetRequiredService<EventSummaryQuery>()
                    .SummaryAsync(ctx.Source.AccountId, frame.From, frame.To, ctx.CancellationToken);
            });
        queries.Field<NonNullGraphType<EventTimelineGraphType>>("timeline")
            .Description($"Events per hour by action, for the chart: every hour of [from, to) in order, at most {EventTimelineInput.MaxHours}.")
            .Argument<NonNullGraphType<EventTimelineInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<TimelineQuery>()
                .GetAsync(ctx.Source.AccountId, ctx.GetArgument<EventTimelineInput>("input"), ctx.CancellationToken));
    }
}

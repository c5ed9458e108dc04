using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Feed;

/// <summary>The provisioning feed field of `EventsQueries`.</summary>
internal static class FeedQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<FeedPageGraphType>>("feed")
            .Description("Provisioning events, newest first unless `sort: {direction: ASC}`; page with `marker`.")
            .Argument<FeedInputType>("input")
            .ResolveAsync(async ctx => (object?)await Feed(ctx)
                .PageAsync(ctx.Source.AccountId, ctx.GetArgument<FeedInput?>("input") ?? new FeedInput(), ctx.CancellationToken));
    }

    private static FeedQuery Feed(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<FeedQuery>();
}

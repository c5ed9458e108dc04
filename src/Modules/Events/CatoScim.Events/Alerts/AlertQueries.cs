using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Alerts;

/// <summary>Alert fields of `EventsQueries`.</summary>
internal static class AlertQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<AlertSettingsGraphType>>("alertSettings")
            .ResolveAsync(async ctx => (object?)await Settings(ctx).GetAsync(ctx.Source.AccountId, ctx.CancellationToken));
        queries.Field<NonNullGraphType<AlertListGraphType>>("alerts")
            .Description("Alert emails, newest first, skipped ones included.")
            .Argument<AlertListInputType>("input")
            .ResolveAsync(async ctx =>
            {
                var paging = (ctx.GetArgument<AlertListInput?>("input")?.Paging ?? new PagingInput()).Validated("input.paging");
                return await Settings(ctx).ListAsync(ctx.Source.AccountId, paging, ctx.CancellationToken);
            });
    }

    private static AlertSettingsService Settings(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<AlertSettingsService>();
}

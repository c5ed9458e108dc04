using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Alerts;

/// <summary>Alert fields of `EventsMutations`.</summary>
internal static class AlertMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations) =>
        mutations.Field<NonNullGraphType<UpdateAlertSettingsPayloadType>>("updateAlertSettings")
            .Argument<NonNullGraphType<UpdateAlertSettingsInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<AlertSettingsService>()
                .UpdateAsync(ctx.Source, ctx.GetArgument<UpdateAlertSettingsInput>("input"), ((AdminUserContext)ctx.UserContext).PublicOrigin,
                    ctx.CancellationToken));
}

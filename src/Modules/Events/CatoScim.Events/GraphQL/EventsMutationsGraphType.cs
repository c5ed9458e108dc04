using CatoScim.Events.Digests;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.GraphQL;

internal sealed class EventsMutationsGraphType : ObjectGraphType<AccountScope>
{
    public EventsMutationsGraphType()
    {
        Name = "EventsMutations";
        Field<NonNullGraphType<UpdateDigestSettingsPayloadType>>("updateDigestSettings")
            .Argument<NonNullGraphType<UpdateDigestSettingsInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<DigestSettingsService>()
                .UpdateAsync(ctx.Source.AccountId, ctx.GetArgument<UpdateDigestSettingsInput>("input"), ctx.CancellationToken));
        Field<NonNullGraphType<TestDigestEmailPayloadType>>("sendTestDigestEmail")
            .Description("Sends a short test message to the account's alert recipients.")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<DigestSettingsService>()
                .SendTestAsync(ctx.Source.AccountId, ctx.CancellationToken));
    }
}

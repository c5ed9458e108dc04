using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Digests;

/// <summary>Digest fields of `EventsMutations`.</summary>
internal static class DigestMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<UpdateDigestSettingsPayloadType>>("updateDigestSettings")
            .Argument<NonNullGraphType<UpdateDigestSettingsInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Settings(ctx)
                .UpdateAsync(ctx.Source, ctx.GetArgument<UpdateDigestSettingsInput>("input"), ctx.CancellationToken));
        mutations.Field<NonNullGraphType<SendTestDigestEmailPayloadType>>("sendTestDigestEmail")
            .Description("Sends a short test message to the account's alert recipients.")
            .ResolveAsync(async ctx => (object?)await Settings(ctx).SendTestAsync(ctx.Source.AccountId, ctx.CancellationToken));
    }

    private static DigestSettingsService Settings(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<DigestSettingsService>();
}

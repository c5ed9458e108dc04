using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Digests;

/// <summary>Digest fields of `EventsQueries`.</summary>
internal static class DigestQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<DigestSettingsGraphType>>("digest")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<DigestSettingsService>()
                .GetAsync(ctx.Source.AccountId, ctx.CancellationToken));
        queries.Field<NonNullGraphType<DigestListGraphType>>("digests")
            .Description("Digest emails, newest window first (windows without anything to send are not listed).")
            .Argument<DigestListInputType>("input")
            .ResolveAsync(async ctx =>
            {
                var paging = (ctx.GetArgument<DigestListInput?>("input")?.Paging ?? new PagingInput()).Validated("input.paging");
                return await ctx.RequestServices!.GetRequiredService<DigestSettingsService>()
                    .ListAsync(ctx.Source.AccountId, paging, ctx.CancellationToken);
            });
    }
}

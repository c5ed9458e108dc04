using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Pool;

/// <summary>Pool fields of `LicensingQueries`.</summary>
internal static class PoolQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries) =>
        queries.Field<NonNullGraphType<LicensePoolGraphType>>("pool")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<LicenseReader>()
                .PoolAsync(ctx.Source.AccountId, ctx.CancellationToken));
}

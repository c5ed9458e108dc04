using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Pool;

/// <summary>Pool fields of `LicensingMutations`.</summary>
internal static class PoolMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations) =>
        mutations.Field<NonNullGraphType<UpdateLicensePoolPayloadType>>("updateLicensePool")
            .Argument<NonNullGraphType<UpdateLicensePoolInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<PoolEditor>()
                .UpdateAsync(ctx.Source, ctx.GetArgument<PoolUpdate>("input"), ctx.CancellationToken));
}

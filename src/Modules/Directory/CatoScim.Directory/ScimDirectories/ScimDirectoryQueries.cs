using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.ScimDirectories;

/// <summary>SCIM settings and directory fields of `DirectoryQueries`.</summary>
internal static class ScimDirectoryQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<ScimSettingsGraphType>>("settings")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimSettingsUpdater>()
                .GetAsync(ctx.Source.AccountId, ctx.CancellationToken));
        queries.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScimDirectoryGraphType>>>>("directories")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimDirectoryReader>()
                .ListAsync(ctx.Source.AccountId, null, ctx.CancellationToken));
    }
}

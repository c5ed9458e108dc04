using CatoScim.ModuleKit.GraphQL;
using GraphQL;
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
        // A list that does not show userCount (the console's filter menus) need not count every user of the account.
        queries.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScimDirectoryGraphType>>>>("directories")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimDirectoryReader>()
                .ListAsync(ctx.Source.AccountId, null, ctx.CancellationToken, countUsers: Asks(ctx, "userCount")));
        queries.Field<NonNullGraphType<ScimDirectoryGraphType>>("directory")
            .Description("One directory of the account, as the list has it; NOT_FOUND for an unknown id or another account's.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var found = Guid.TryParse(ctx.GetArgument<string>("id"), out var id)
                    ? await ctx.RequestServices!.GetRequiredService<ScimDirectoryReader>().ListAsync(ctx.Source.AccountId, id, ctx.CancellationToken)
                    : [];
                return (object?)(found.SingleOrDefault() ?? throw GraphQLErrors.NotFound("No SCIM directory with that id in this account."));
            });
    }

    /// <summary>Whether the query selects the field on the returned objects, under any alias.</summary>
    private static bool Asks(IResolveFieldContext ctx, string field) =>
        ctx.SubFields is not { } selected || selected.Values.Any(f => f.Field.Name.Value == field);
}

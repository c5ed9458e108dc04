using CatoScim.Directory.Accounts;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.GraphQL;

internal sealed class DirectoryGraphQLContributor : IGraphQLContributor
{
    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerGraphType>>("viewer")
            .Description("The API key making this request and its account.")
            .Resolve(ctx => ctx.Principal());
        query.Field<AccountGraphType>("account")
            .Argument<NonNullGraphType<IdGraphType>>("accountId")
            .ResolveAsync(async ctx =>
            {
                var scope = ctx.RequireAccount(AdminRole.Viewer);
                return await ctx.RequestServices!.GetRequiredService<DirectoryDbContext>().Accounts.AsNoTracking()
                    .SingleOrDefaultAsync(a => a.Id == scope.AccountId, ctx.CancellationToken);
            });
        query.AddAccountNamespace<DirectoryQueriesGraphType>("directory", "SCIM settings, SCIM directories, users and groups.", AdminRole.Viewer);
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.AddAccountNamespace<AccountMutationsGraphType>("account", "Account settings and admin API keys.", AdminRole.Editor);
        mutation.AddAccountNamespace<DirectoryMutationsGraphType>("directory", "SCIM settings, SCIM directories, their tokens, users and groups.", AdminRole.Editor);
    }
}

using CatoScim.Directory.Groups;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Scim.Directories;

/// <summary>`directory(accountId:)`: SCIM settings, directories and the account's users and groups.</summary>
internal sealed class DirectoryQueriesGraphType : ObjectGraphType<AccountScope>
{
    public DirectoryQueriesGraphType()
    {
        Name = "DirectoryQueries";
        Field<NonNullGraphType<ScimSettingsGraphType>>("settings")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimSettingsUpdater>()
                .GetAsync(ctx.Source.AccountId, ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScimDirectoryGraphType>>>>("directories")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<ScimDirectoryReader>()
                .ListAsync(ctx.Source.AccountId, null, ctx.CancellationToken));
        UserQueries.Add(this);
        GroupQueries.Add(this);
    }
}

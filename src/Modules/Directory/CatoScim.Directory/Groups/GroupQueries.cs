using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Groups;

/// <summary>Group fields of `DirectoryQueries`, and `User.groups`.</summary>
internal static class GroupQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<GroupPageGraphType>>("groups")
            .Argument<GroupListInputType>("input")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .ListAsync(ctx.Source.AccountId, ctx.GetArgument<GroupListInput?>("input"), ctx.CancellationToken));
        queries.Field<GroupGraphType>("group")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .GetAsync(ctx.Source.AccountId, ctx.GetArgument<string>("id"), ctx.CancellationToken));
    }

    public static void AddToUser(ObjectGraphType<UserView> user) =>
        user.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupGraphType>>>>("groups")
            .Description("The groups the user is a member of, by name.")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<UserGroupsBatch>()
                .GetAsync(ctx.Source.User.Id, ctx.CancellationToken));

    private static GroupReader Reader(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<GroupReader>();
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Users;

/// <summary>User fields of `DirectoryQueries`.</summary>
internal static class UserQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<UserPageGraphType>>("users")
            .Argument<UserListInputType>("input")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .ListAsync(ctx.Source.AccountId, ctx.GetArgument<UserListInput?>("input"), ctx.CancellationToken));
        queries.Field<UserGraphType>("user")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .GetAsync(ctx.Source.AccountId, ctx.GetArgument<string>("id"), ctx.CancellationToken));
    }

    private static UserReader Reader(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<UserReader>();
}

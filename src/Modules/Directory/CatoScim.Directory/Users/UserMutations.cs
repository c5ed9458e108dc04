using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Users;

/// <summary>User fields of `DirectoryMutations`.</summary>
internal static class UserMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<CreateUserPayloadType>>("createUser")
            .Description("Creates a MANUAL user, not linked to any directory.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Editor(ctx).CreateAsync(ctx.Source, ctx.GetArgument<CreateUserInput>("input"), ctx.CancellationToken));
        mutations.Field<NonNullGraphType<UpdateUserPayloadType>>("updateUser")
            .Description("Only MANUAL users: SCIM and LDAP users are changed in their identity provider.")
            .Argument<NonNullGraphType<UpdateUserInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Editor(ctx).UpdateAsync(ctx.Source, ctx.GetArgument<UpdateUserInput>("input"), ctx.CancellationToken));
        mutations.Field<NonNullGraphType<DeleteUserPayloadType>>("deleteUser")
            .Description("Deletes the user permanently.")
            .Argument<NonNullGraphType<DeleteUserInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<DeleteUserInput>("input");
                return (object?)await Editor(ctx).DeleteAsync(ctx.Source, input.UserId, input.Force, ctx.CancellationToken);
            });
    }

    private static UserEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<UserEditor>();
}

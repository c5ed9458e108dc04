using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Groups;

/// <summary>Group fields of `DirectoryMutations`. Groups a SCIM directory or LDAP provisions are read-only here.</summary>
internal static class GroupMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<CreateGroupPayloadType>>("createGroup")
            .Description("Creates a MANUAL group. A SCIM directory pushing the same name later takes it over.")
            .Argument<NonNullGraphType<CreateGroupInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Editor(ctx).CreateAsync(ctx.Source, ctx.GetArgument<CreateGroupInput>("input").Name, ctx.CancellationToken));
        mutations.Field<NonNullGraphType<UpdateGroupPayloadType>>("updateGroup")
            .Argument<NonNullGraphType<UpdateGroupInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<UpdateGroupInput>("input");
                return (object?)await Editor(ctx).UpdateAsync(ctx.Source, input.GroupId, input.Name, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<DeleteGroupPayloadType>>("deleteGroup")
            .Description("Deletes the group and its memberships; the users stay.")
            .Argument<NonNullGraphType<DeleteGroupInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Editor(ctx).DeleteAsync(ctx.Source, ctx.GetArgument<DeleteGroupInput>("input").GroupId, ctx.CancellationToken));
        mutations.Field<NonNullGraphType<AddGroupMembersPayloadType>>("addGroupMembers")
            .Argument<NonNullGraphType<AddGroupMembersInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ChangeMembersAsync(ctx, add: true));
        mutations.Field<NonNullGraphType<RemoveGroupMembersPayloadType>>("removeGroupMembers")
            .Argument<NonNullGraphType<RemoveGroupMembersInputType>>("input")
            .ResolveAsync(async ctx => (object?)await ChangeMembersAsync(ctx, add: false));
    }

    private static Task<GroupView> ChangeMembersAsync(IResolveFieldContext<AccountScope> ctx, bool add)
    {
        var input = ctx.GetArgument<GroupMembersChangeInput>("input");
        return Editor(ctx).ChangeMembersAsync(ctx.Source, input.GroupId, input.UserIds, add, ctx.CancellationToken);
    }

    private static GroupEditor Editor(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<GroupEditor>();
}

using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Directory.Groups;

internal sealed class GroupGraphType : ObjectGraphType<GroupView>
{
    public GroupGraphType()
    {
        Name = "Group";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Group.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.Group.DisplayName);
        Field<StringGraphType>("externalId").Resolve(ctx => ctx.Source.Group.ExternalId);
        Field<NonNullGraphType<EnumerationGraphType<GroupOrigin>>>("origin")
            .Description("SCIM groups (linked to a directory) and LDAP groups are changed in their IdP, MANUAL groups here.")
            .Resolve(ctx => ctx.Source.Group.Origin);
        Field<GroupDirectoryGraphType>("directory")
            .Description("Null when no SCIM directory provisions the group.")
            .Resolve(ctx => ctx.Source is { Group.DirectoryId: not null, DirectoryName: not null } ? ctx.Source : null);
        Field<NonNullGraphType<IntGraphType>>("memberCount").Resolve(ctx => ctx.Source.Group.MemberCount);
        Field<NonNullGraphType<AuditType>>("audit")
            .Description("Updated by any change of the group's name, externalId, members or directory link (the SCIM meta.lastModified).")
            .Resolve(ctx =>
            {
                var g = ctx.Source.Group;
                return new Audit(g.CreatedAt, g.CreatedBy, g.UpdatedAt, g.UpdatedBy);
            });
        Field<NonNullGraphType<UserPageGraphType>>("members")
            .Description("Users in the group, by userName.")
            .Argument<GroupMembersInputType>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<GroupReader>()
                .MembersAsync(ctx.Source.Group, ctx.GetArgument<GroupMembersInput?>("input")?.Paging, ctx.CancellationToken));
    }
}

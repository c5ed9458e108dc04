using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupDirectoryGraphType : ObjectGraphType<GroupView>
{
    public GroupDirectoryGraphType()
    {
        Name = "GroupDirectory";
        Description = "The SCIM directory that provisions a group.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Group.DirectoryId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.DirectoryName);
    }
}

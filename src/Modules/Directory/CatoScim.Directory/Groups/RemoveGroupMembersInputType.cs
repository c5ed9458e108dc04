using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class RemoveGroupMembersInputType : InputObjectGraphType<GroupMembersChangeInput>
{
    public RemoveGroupMembersInputType()
    {
        Name = "RemoveGroupMembersInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds").Description("Users not in the group are skipped.");
    }
}

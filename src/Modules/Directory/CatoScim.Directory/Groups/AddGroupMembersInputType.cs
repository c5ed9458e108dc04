using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class AddGroupMembersInputType : InputObjectGraphType<GroupMembersChangeInput>
{
    public AddGroupMembersInputType()
    {
        Name = "AddGroupMembersInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds").Description("Users already in the group are skipped.");
    }
}

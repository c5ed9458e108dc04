using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupMembersInputType : InputObjectGraphType<GroupMembersInput>
{
    public GroupMembersInputType()
    {
        Name = "GroupMembersInput";
        Field<PagingInputType>("paging");
    }
}

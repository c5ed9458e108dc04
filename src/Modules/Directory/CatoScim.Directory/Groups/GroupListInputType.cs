using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupListInputType : InputObjectGraphType<GroupListInput>
{
    public GroupListInputType()
    {
        Name = "GroupsInput";
        Field<GroupFilterInputType>("filter");
        Field<PagingInputType>("paging");
        Field<GroupSortInputType>("sort");
    }
}

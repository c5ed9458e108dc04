using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupSortInputType : InputObjectGraphType<GroupSort>
{
    public GroupSortInputType()
    {
        Name = "GroupSortInput";
        Field<EnumerationGraphType<GroupSortField>>("field").DefaultValue(GroupSortField.Name);
        Field<SortDirectionGraphType>("direction").DefaultValue(SortDirection.Asc);
    }
}

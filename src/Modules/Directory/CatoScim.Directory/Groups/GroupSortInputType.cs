using CatoScim.Directory.Users;
using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupSortInputType : InputObjectGraphType<GroupSort>
{
    public GroupSortInputType()
    {
        Name = "GroupSortInput";
        Field<EnumerationGraphType<GroupSortField>>("field").DefaultValue(GroupSortField.Name);
        Field<EnumerationGraphType<SortDirection>>("direction").DefaultValue(SortDirection.Asc);
    }
}

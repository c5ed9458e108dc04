using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Groups;

internal sealed class GroupSort
{
    public GroupSortField Field { get; set; } = GroupSortField.Name;
    public SortDirection Direction { get; set; } = SortDirection.Asc;
}

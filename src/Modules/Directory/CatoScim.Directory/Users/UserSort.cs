using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

internal sealed class UserSort
{
    public UserSortField Field { get; set; } = UserSortField.Name;
    public SortDirection Direction { get; set; } = SortDirection.Asc;
}

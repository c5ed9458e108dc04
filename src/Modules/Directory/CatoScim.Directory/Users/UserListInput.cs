using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

internal sealed class UserListInput
{
    public UserFilter? Filter { get; set; }
    public PagingInput? Paging { get; set; }
    public UserSort? Sort { get; set; }
}

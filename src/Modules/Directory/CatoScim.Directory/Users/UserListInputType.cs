using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserListInputType : InputObjectGraphType<UserListInput>
{
    public UserListInputType()
    {
        Name = "UsersInput";
        Field<UserFilterInputType>("filter");
        Field<PagingInputType>("paging");
        Field<UserSortInputType>("sort");
    }
}

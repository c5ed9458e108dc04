using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserSortInputType : InputObjectGraphType<UserSort>
{
    public UserSortInputType()
    {
        Name = "UserSortInput";
        Field<EnumerationGraphType<UserSortField>>("field").DefaultValue(UserSortField.Name)
            .Description("NAME sorts by family name, then given name, then user name.");
        Field<SortDirectionGraphType>("direction").DefaultValue(SortDirection.Asc);
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserSortInputType : InputObjectGraphType<UserSort>
{
    public UserSortInputType()
    {
        Name = "UserSortInput";
        Field<EnumerationGraphType<UserSortField>>("field").DefaultValue(UserSortField.Name)
            .Description("NAME sorts by family name, then given name, then user name.");
        Field<EnumerationGraphType<SortDirection>>("direction").DefaultValue(SortDirection.Asc);
    }
}

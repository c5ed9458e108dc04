using CatoScim.Directory.Groups;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.GraphQL;

/// <summary>`directory(accountId:)`: SCIM settings, directories and the account's users and groups.</summary>
internal sealed class DirectoryQueriesGraphType : ObjectGraphType<AccountScope>
{
    public DirectoryQueriesGraphType()
    {
        Name = "DirectoryQueries";
        ScimDirectoryQueries.Add(this);
        UserQueries.Add(this);
        GroupQueries.Add(this);
    }
}

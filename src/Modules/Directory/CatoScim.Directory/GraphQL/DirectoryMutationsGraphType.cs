using CatoScim.Directory.Groups;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.ScimDirectories.Tokens;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.GraphQL;

internal sealed class DirectoryMutationsGraphType : ObjectGraphType<AccountScope>
{
    public DirectoryMutationsGraphType()
    {
        Name = "DirectoryMutations";
        ScimDirectoryMutations.Add(this);
        ScimTokenMutations.Add(this);
        UserMutations.Add(this);
        GroupMutations.Add(this);
    }
}

using CatoScim.Directory.Accounts;
using CatoScim.Directory.ApiKeys;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.GraphQL;

internal sealed class AccountMutationsGraphType : ObjectGraphType<AccountScope>
{
    public AccountMutationsGraphType()
    {
        Name = "AccountMutations";
        AccountMutations.Add(this);
        ApiKeyMutations.Add(this);
    }
}

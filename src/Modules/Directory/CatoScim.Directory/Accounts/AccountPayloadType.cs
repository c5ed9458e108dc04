using GraphQL.Types;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountPayloadType : ObjectGraphType<Account>
{
    public AccountPayloadType()
    {
        Name = "UpdateAccountPayload";
        Field<NonNullGraphType<AccountGraphType>>("account").Resolve(ctx => ctx.Source);
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.Accounts;

internal sealed class UpdateAccountPayloadType : ObjectGraphType<Account>
{
    public UpdateAccountPayloadType()
    {
        Name = "UpdateAccountPayload";
        Field<NonNullGraphType<AccountGraphType>>("account").Resolve(ctx => ctx.Source);
    }
}

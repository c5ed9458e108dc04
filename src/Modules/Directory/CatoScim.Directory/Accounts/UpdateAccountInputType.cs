using GraphQL.Types;

namespace CatoScim.Directory.Accounts;

internal sealed class UpdateAccountInputType : InputObjectGraphType<UpdateAccountInput>
{
    public UpdateAccountInputType()
    {
        Name = "UpdateAccountInput";
        Field(i => i.Name, nullable: true);
        Field<EnumerationGraphType<UserIdentity>>("userIdentity");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("alertRecipients");
    }
}

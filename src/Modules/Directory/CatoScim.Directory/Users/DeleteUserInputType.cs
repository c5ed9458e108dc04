using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class DeleteUserInputType : InputObjectGraphType<DeleteUserInput>
{
    public DeleteUserInputType()
    {
        Name = "DeleteUserInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<BooleanGraphType>("force").DefaultValue(false)
            .Description("Needed to delete an active user that a SCIM directory provisions (its IdP would recreate it).");
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class DeleteGroupInputType : InputObjectGraphType
{
    public DeleteGroupInputType()
    {
        Name = "DeleteGroupInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
    }
}

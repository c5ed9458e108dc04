using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class DeleteGroupInputType : InputObjectGraphType<DeleteGroupInput>
{
    public DeleteGroupInputType()
    {
        Name = "DeleteGroupInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
    }
}

using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class UpdateGroupInputType : InputObjectGraphType<UpdateGroupInput>
{
    public UpdateGroupInputType()
    {
        Name = "UpdateGroupInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<StringGraphType>("name");
    }
}

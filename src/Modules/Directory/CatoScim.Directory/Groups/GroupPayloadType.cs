using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupPayloadType : ObjectGraphType<GroupView>
{
    public GroupPayloadType()
    {
        Name = "GroupPayload";
        Field<NonNullGraphType<GroupGraphType>>("group").Resolve(ctx => ctx.Source);
    }
}

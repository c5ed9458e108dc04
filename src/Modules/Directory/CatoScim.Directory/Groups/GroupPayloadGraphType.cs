using GraphQL.Types;

namespace CatoScim.Directory.Groups;

/// <summary>Each group mutation has its own payload type (`XPayload` for mutation `x`), all carrying the group.</summary>
internal abstract class GroupPayloadGraphType : ObjectGraphType<GroupView>
{
    protected GroupPayloadGraphType(string name)
    {
        Name = name;
        Field<NonNullGraphType<GroupGraphType>>("group").Resolve(ctx => ctx.Source);
    }
}

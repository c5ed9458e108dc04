using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class ActionCountGraphType : ObjectGraphType<ActionCount>
{
    public ActionCountGraphType()
    {
        Name = "ActionCount";
        Field<NonNullGraphType<ProvisioningActionGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field(c => c.Count);
    }
}

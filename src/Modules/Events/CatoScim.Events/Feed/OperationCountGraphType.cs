using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class OperationCountGraphType : ObjectGraphType<OperationCount>
{
    public OperationCountGraphType()
    {
        Name = "OperationCount";
        Field<NonNullGraphType<EventOperationGraphType>>("operation").Resolve(ctx => ctx.Source.Operation);
        Field(c => c.Count);
    }
}

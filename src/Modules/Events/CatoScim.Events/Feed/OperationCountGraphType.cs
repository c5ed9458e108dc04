using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class OperationCountGraphType : ObjectGraphType<OperationCount>
{
    public OperationCountGraphType()
    {
        Name = "OperationCount";
        Field(c => c.Operation);
        Field(c => c.Count);
    }
}

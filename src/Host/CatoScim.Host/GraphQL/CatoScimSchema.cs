using GraphQL.Types;

namespace CatoScim.Host.GraphQL;

internal sealed class CatoScimSchema : Schema
{
    public CatoScimSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}

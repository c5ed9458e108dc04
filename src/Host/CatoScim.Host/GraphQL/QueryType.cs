using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Host.GraphQL;

internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IGraphQLContributor> contributors)
    {
        Name = "Query";
        foreach (var contributor in contributors)
        {
            contributor.AddQueryFields(this);
        }
    }
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Host.GraphQL;

internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IGraphQLContributor> contributors)
    {
        Name = "Mutation";
        foreach (var contributor in contributors)
        {
            contributor.AddMutationFields(this);
        }
    }
}

using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

/// <summary>How a module adds its entry points to the one schema the Host serves.</summary>
public interface IGraphQLContributor
{
    void AddQueryFields(ObjectGraphType query);

    void AddMutationFields(ObjectGraphType mutation);
}

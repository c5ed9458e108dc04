using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.GraphQL;

internal sealed class EventsGraphQLContributor : IGraphQLContributor
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.AddAccountNamespace<EventsQueriesGraphType>("events", "Provisioning history and digest emails.", AdminRole.Viewer);

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.AddAccountNamespace<EventsMutationsGraphType>("events", "Digest email settings.", AdminRole.Editor);
}

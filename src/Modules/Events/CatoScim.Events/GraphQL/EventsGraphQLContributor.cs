using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.GraphQL;

internal sealed class EventsGraphQLContributor : IGraphQLContributor
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.AddAccountNamespace<EventsQueriesGraphType>("events", "Provisioning history, digest emails and alerts.", AdminRole.Viewer);

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.AddAccountNamespace<EventsMutationsGraphType>("events", "Digest and alert email settings.", AdminRole.Editor);
}

using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.GraphQL;

internal sealed class LicensingGraphQLContributor : IGraphQLContributor
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.AddAccountNamespace<LicensingQueriesGraphType>("licensing", "The SDP (ZTNA) licence pool, assignment rules and seats.", AdminRole.Viewer);

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.AddAccountNamespace<LicensingMutationsGraphType>("licensing", "The SDP (ZTNA) licence pool and assignment rules.", AdminRole.Editor);
}

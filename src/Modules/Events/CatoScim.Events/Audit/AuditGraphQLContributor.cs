using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Audit;

/// <summary>The `audit` entry point; VIEWER keys may read it (an auditor needs no right to change anything).</summary>
internal sealed class AuditGraphQLContributor : IGraphQLContributor
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.AddAccountNamespace<AuditQueriesGraphType>("audit", "Who changed what, when and from where: the admin audit trail.", AdminRole.Viewer);

    public void AddMutationFields(ObjectGraphType mutation)
    {
        // Read-only: records are written only by the changes they describe.
    }
}

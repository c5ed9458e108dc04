using CatoScim.Directory.Contracts.Scim;
using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Health;

internal sealed class ScimHealthStatusGraphType : EnumerationGraphType
{
    public ScimHealthStatusGraphType()
    {
        Name = "ScimHealthStatus";
        Description = "A SCIM directory's health, judged at each flush (Scim:Health:FlushInterval, 15 s); the first rule that holds wins, in the order listed.";
        Add(ScimHealthStatuses.Failing, ScimHealthStatuses.Failing,
            "At least Scim:Health:FailingMinFailures (5) failures in the last FailingWindow (10 min), with no success since the first of them or more failures than successes; stays FAILING while the latest outcome is a failure, until IDLE.");
        Add(ScimHealthStatuses.Degraded, ScimHealthStatuses.Degraded,
            "A failure within the last DegradedWindow (1 h) that came after the directory last left FAILING.");
        Add(ScimHealthStatuses.NeverConnected, ScimHealthStatuses.NeverConnected, "No request has ever authenticated.");
        Add(ScimHealthStatuses.Idle, ScimHealthStatuses.Idle, "No request for IdleAfter (24 h).");
        Add(ScimHealthStatuses.Healthy, ScimHealthStatuses.Healthy, "None of the above: the IdP's requests succeed.");
    }
}

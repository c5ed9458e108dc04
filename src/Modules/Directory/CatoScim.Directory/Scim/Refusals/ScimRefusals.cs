using CatoScim.Directory.Scim.Auth;
using CatoScim.Directory.Scim.Traffic;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>
/// Where the gate reports a refused request: the metric always; the directory's aggregated record and its health
/// counts when the request is attributed to one (a deleted directory has no health). Memory only: a refused request
/// never writes to the database.
/// </summary>
internal sealed class ScimRefusals(ScimRefusalMetrics metrics, ScimRefusalAggregator aggregator, ScimTrafficCounter traffic, TimeProvider time)
{
    public void Record(ScimAuthOutcome outcome, Guid directoryId, int httpStatus, string requestId)
    {
        var reason = outcome.Refusal!;
        metrics.Add(reason);
        if (outcome.Directory is { } directory)
        {
            var now = time.GetUtcNow().UtcDateTime;
            aggregator.Add(directory.AccountId, directoryId, reason, httpStatus, requestId, now);
            if (!directory.Deleted)
            {
                traffic.For(directory.AccountId, directoryId)?.Failed(now.Ticks, reason);
            }
        }
    }

    public void RecordUnattributed(string reason) => metrics.Add(reason);
}

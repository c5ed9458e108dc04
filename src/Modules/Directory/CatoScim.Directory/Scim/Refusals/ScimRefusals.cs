using CatoScim.Directory.Scim.Auth;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>
/// Where the gate reports a refused request: the metric always, the directory's aggregated record when the request
/// is attributed to one. Memory only: a refused request never writes to the database.
/// </summary>
internal sealed class ScimRefusals(ScimRefusalMetrics metrics, ScimRefusalAggregator aggregator, TimeProvider time)
{
    public void Record(ScimAuthOutcome outcome, Guid directoryId, int httpStatus, string requestId)
    {
        var reason = outcome.Refusal!;
        metrics.Add(reason);
        if (outcome.Directory is { } directory)
        {
            aggregator.Add(directory.AccountId, directoryId, reason, httpStatus, requestId, time.GetUtcNow().UtcDateTime);
        }
    }

    public void RecordUnattributed(string reason) => metrics.Add(reason);
}

using CatoScim.Directory.Contracts.Scim;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// The status rules, first match wins (docs/operations.md, "SCIM directory health"):
/// FAILING: in the failing window at least the minimum of failures, and either no success since the first of them or
/// more failures than successes; a FAILING directory also stays FAILING while its latest outcome is a failure and it
/// is not idle, so an IdP that gives up does not look recovered. DEGRADED: a failure within the degraded window,
/// after the directory last left FAILING. NEVER_CONNECTED: no request ever authenticated. IDLE: no request for
/// `IdleAfter`. HEALTHY otherwise.
/// </summary>
internal static class ScimHealthRules
{
    private static readonly string[] HttpReasons = [.. Enumerable.Range(400, 200).Select(s => $"HTTP_{s}")];

    public static string Judge(ScimHealthInputs h, DateTime now, ScimHealthOptions options)
    {
        var idle = h.LastRequestAt is null || h.LastRequestAt <= now - options.IdleAfter;
        var successes = h.RequestsInWindow - h.FailuresInWindow;
        var turnsFailing = h.FailuresInWindow >= options.FailingMinFailures
            && (h.LastSuccessAt is null || h.LastSuccessAt < h.FirstFailureInWindow || h.FailuresInWindow > successes);
        var staysFailing = h.Status == ScimHealthStatuses.Failing && !idle
            && h.LastFailureAt is { } lastFailure && (h.LastSuccessAt is null || h.LastSuccessAt < lastFailure);
        if (turnsFailing || staysFailing)
        {
            return ScimHealthStatuses.Failing;
        }

        // Leaving FAILING now: the failures of that episode do not make the recovered directory DEGRADED.
        var recoveredAt = h.Status == ScimHealthStatuses.Failing ? now : h.RecoveredAt;
        if (h.LastFailureAt is { } failure && failure > now - options.DegradedWindow && (recoveredAt is null || failure > recoveredAt))
        {
            return ScimHealthStatuses.Degraded;
        }

        if (h.LastAuthenticatedAt is null)
        {
            return ScimHealthStatuses.NeverConnected;
        }

        return idle ? ScimHealthStatuses.Idle : ScimHealthStatuses.Healthy;
    }

    /// <summary>
    /// A refusal, a 5xx other than 501 (an endpoint this service does not offer, such as /Me), or a 4xx other than 404
    /// (absent resource) and 412 (stale version, the client re-reads).
    /// </summary>
    public static bool IsFailure(int status) => status is >= 400 and not (404 or 412 or 501);

    /// <summary>The reason a failed SCIM answer is recorded with, e.g. HTTP_409; preallocated so counting allocates nothing.</summary>
    public static string Reason(int status) => status is >= 400 and < 600 ? HttpReasons[status - 400] : $"HTTP_{status}";
}
